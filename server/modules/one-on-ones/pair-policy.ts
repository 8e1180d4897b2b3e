import type { Selectable } from "kysely";
import type { Actor, Deps } from "../../context.js";
import { preparedQuery } from "../../db/prepared-query.js";
import type { MeetingsTable, OneOnOnesTable } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import { callerIsActiveIn } from "../organizations/active-membership.js";

export type PairRole = "leader" | "teammate";

/**
 * The one visibility check for pair content (P1, P5, P6): the caller must be
 * the leader or the teammate of the series and still an active member of its
 * workspace, signed in in a way that reaches that workspace (ADR 0017). Anyone else — admins included — gets the same 404 as for nothing.
 */
export async function requireParticipant(deps: Deps, actor: Actor, oneOnOneId: string) {
  const series = await deps.db.kysely
    .selectFrom("oneOnOnes")
    .selectAll("oneOnOnes")
    .where("oneOnOnes.id", "=", oneOnOneId)
    .where((eb) => eb.or([eb("oneOnOnes.leaderId", "=", actor.userId), eb("oneOnOnes.teammateId", "=", actor.userId)]))
    .where((eb) => callerIsActiveIn(eb, "oneOnOnes.organizationId", actor))
    .executeTakeFirst();
  if (!series) throw notFound("1:1");
  const role: PairRole = series.leaderId === actor.userId ? "leader" : "teammate";
  return { series, role };
}

/** Every column of a series, selected beside a meeting's under an `s_` prefix. */
const SERIES_COLUMNS = [
  "id",
  "organizationId",
  "leaderId",
  "teammateId",
  "kind",
  "cadenceFrequency",
  "cadenceInterval",
  "cadenceWeekday",
  "cadenceNth",
  "firstMeetingAt",
  "anchorAt",
  "timezone",
  "durationMinutes",
  "templateId",
  "status",
  "reminderMinutesBefore",
  "sequence",
  "teammateSharesRatings",
  "createdBy",
  "createdAt",
  "updatedAt",
] as const satisfies ReadonlyArray<keyof OneOnOnesTable>;

const prefixed = (column: string) => `s${column[0]?.toUpperCase()}${column.slice(1)}`;

const meetingWithSeries = preparedQuery((db, p: { meetingId: string; userId: string; scope: string | null }) =>
  db
    .selectFrom("meetings")
    .innerJoin("oneOnOnes as s", "s.id", "meetings.oneOnOneId")
    .selectAll("meetings")
    .select(SERIES_COLUMNS.map((column) => `s.${column} as ${prefixed(column)}` as `s.${typeof column}`))
    .where("meetings.id", "=", p.meetingId)
    .where((eb) => eb.or([eb("s.leaderId", "=", p.userId), eb("s.teammateId", "=", p.userId)]))
    .where((eb) => callerIsActiveIn(eb, "s.organizationId", { userId: p.userId, organizationScope: p.scope })),
);

/**
 * A meeting the caller takes part in, with its series; 404 otherwise. One query:
 * every meeting route starts here, so the visibility check costs a single round trip.
 */
export async function requireMeetingParticipant(deps: Deps, actor: Actor, meetingId: string) {
  const [row] = await meetingWithSeries(deps.db.kysely, {
    meetingId,
    userId: actor.userId,
    scope: actor.organizationScope,
  });
  if (!row) throw notFound("Meeting");
  const record = row as unknown as Record<string, unknown>;
  const series = Object.fromEntries(
    SERIES_COLUMNS.map((column) => [column, record[prefixed(column)]]),
  ) as Selectable<OneOnOnesTable>;
  const meeting = Object.fromEntries(
    Object.entries(record).filter(([key]) => !SERIES_COLUMNS.some((column) => prefixed(column) === key)),
  ) as Selectable<MeetingsTable>;
  const role: PairRole = series.leaderId === actor.userId ? "leader" : "teammate";
  return { meeting, series, role };
}
