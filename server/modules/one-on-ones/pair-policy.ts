import type { Actor, Deps } from "../../context.js";
import { notFound } from "../../http/errors.js";
import { isActiveMemberOf } from "../organizations/active-membership.js";

export type PairRole = "leader" | "teammate";

/**
 * The one visibility check for pair content (P1, P5, P6): the caller must be
 * the leader or the teammate of the series and still an active member of its
 * workspace. Anyone else — admins included — gets the same 404 as for nothing.
 */
export async function requireParticipant(deps: Deps, actor: Actor, oneOnOneId: string) {
  const series = await deps.db.kysely
    .selectFrom("oneOnOnes")
    .selectAll("oneOnOnes")
    .where("oneOnOnes.id", "=", oneOnOneId)
    .where((eb) => eb.or([eb("oneOnOnes.leaderId", "=", actor.userId), eb("oneOnOnes.teammateId", "=", actor.userId)]))
    .where((eb) => isActiveMemberOf(eb, "oneOnOnes.organizationId", actor.userId))
    .executeTakeFirst();
  if (!series) throw notFound("1:1");
  const role: PairRole = series.leaderId === actor.userId ? "leader" : "teammate";
  return { series, role };
}

/** A meeting the caller takes part in, with its series; 404 otherwise. */
export async function requireMeetingParticipant(deps: Deps, actor: Actor, meetingId: string) {
  const meeting = await deps.db.kysely
    .selectFrom("meetings")
    .selectAll()
    .where("id", "=", meetingId)
    .executeTakeFirst();
  if (!meeting) throw notFound("Meeting");
  const { series, role } = await requireParticipant(deps, actor, meeting.oneOnOneId).catch(() => {
    throw notFound("Meeting");
  });
  return { meeting, series, role };
}
