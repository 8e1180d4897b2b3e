import type { CheckIn, CheckInBody } from "../../../shared/schemas/memory.js";
import type { Actor, Deps } from "../../context.js";
import type { CheckInsTable } from "../../db/schema.js";
import { conflict, forbidden } from "../../http/errors.js";
import { requireMeetingParticipant } from "../one-on-ones/pair-policy.js";

/** The public view of a check-in; only the pair ever receives it (P1, P3). */
export function presentCheckIn(row: CheckInsTable): CheckIn {
  return {
    meetingId: row.meetingId,
    userId: row.userId,
    mood: row.mood,
    energy: row.energy,
    note: row.note,
    updatedAt: row.updatedAt,
  };
}

/**
 * The teammate's human check-in for a meeting: mood 1–5, optional energy and
 * note. They may change it until the meeting is completed.
 */
export async function saveCheckIn(deps: Deps, actor: Actor, meetingId: string, input: CheckInBody): Promise<CheckIn> {
  const { meeting, role } = await requireMeetingParticipant(deps, actor, meetingId);
  if (role !== "teammate") throw forbidden("teammate_only", "The check-in is the teammate's to answer");
  if (meeting.status !== "scheduled")
    throw conflict("meeting_closed", "This meeting is closed; check in on the next one");
  const now = deps.clock.now().toISOString();
  const row: CheckInsTable = {
    meetingId,
    oneOnOneId: meeting.oneOnOneId,
    userId: actor.userId,
    mood: input.mood,
    energy: input.energy ?? null,
    note: input.note?.trim() ? input.note.trim() : null,
    createdAt: now,
    updatedAt: now,
  };
  await deps.db.kysely
    .insertInto("checkIns")
    .values(row)
    .onConflict((oc) =>
      oc.column("meetingId").doUpdateSet({ mood: row.mood, energy: row.energy, note: row.note, updatedAt: now }),
    )
    .execute();
  deps.live.publish({ type: "checkIn.changed", meetingId, actor });
  return presentCheckIn(row);
}
