import type { CheckIn, CheckInBody } from "../../../shared/schemas/memory.js";
import type { Actor, Deps } from "../../context.js";
import type { CheckInsTable } from "../../db/schema.js";
import { requireMeetingAbility } from "../meetings/meeting-policy.js";
import { presentCheckIn } from "../meetings/present-meeting.js";
import { upsertCheckIn } from "./check-ins.repo.js";

/**
 * The teammate's human check-in for a meeting: mood 1–5, optional energy and
 * note. They may change it until the meeting is completed.
 */
export async function saveCheckIn(deps: Deps, actor: Actor, meetingId: string, input: CheckInBody): Promise<CheckIn> {
  const { meeting } = await requireMeetingAbility(deps, actor, meetingId, "checkIn");
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
  await upsertCheckIn(deps.db.kysely, row);
  deps.live.publish({ type: "checkIn.changed", meetingId, actor });
  return presentCheckIn(row);
}
