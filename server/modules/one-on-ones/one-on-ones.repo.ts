import type { Kysely } from "kysely";
import type { Cadence } from "../../../shared/schemas/cadence.js";
import type { MeetingRef, OneOnOne, PersonRef } from "../../../shared/schemas/one-on-ones.js";
import type { Database, OneOnOnesTable } from "../../db/schema.js";
import { weekdayIn } from "./recurrence.js";
import { cadenceOf } from "./series-cadence.js";

/** Series rows with both people, in one query. */
export function selectSeriesWithPeople(db: Kysely<Database>) {
  return db
    .selectFrom("oneOnOnes")
    .innerJoin("users as leader", "leader.id", "oneOnOnes.leaderId")
    .innerJoin("users as teammate", "teammate.id", "oneOnOnes.teammateId")
    .selectAll("oneOnOnes")
    .select([
      "leader.name as leaderName",
      "leader.email as leaderEmail",
      "teammate.name as teammateName",
      "teammate.email as teammateEmail",
    ]);
}

type SeriesWithPeople = OneOnOnesTable & {
  leaderName: string;
  leaderEmail: string;
  teammateName: string;
  teammateEmail: string;
};

/** For many series at once: the upcoming meeting and the last held one (two queries, no N+1). */
export async function loadMeetingRefs(db: Kysely<Database>, seriesIds: string[]) {
  const next = new Map<string, MeetingRef>();
  const last = new Map<string, MeetingRef>();
  if (seriesIds.length === 0) return { next, last };
  const scheduled = await db
    .selectFrom("meetings")
    .select(["id", "oneOnOneId", "scheduledAt", "status"])
    .where("oneOnOneId", "in", seriesIds)
    .where("status", "=", "scheduled")
    .orderBy("scheduledAt", "desc")
    .execute();
  for (const m of scheduled) next.set(m.oneOnOneId, { id: m.id, scheduledAt: m.scheduledAt, status: m.status });
  const latest = db
    .selectFrom("meetings")
    .select(["oneOnOneId", (eb) => eb.fn.max("scheduledAt").as("lastAt")])
    .where("oneOnOneId", "in", seriesIds)
    .where("status", "=", "completed")
    .groupBy("oneOnOneId")
    .as("latest");
  const held = await db
    .selectFrom("meetings as m")
    .innerJoin(latest, (join) =>
      join.onRef("latest.oneOnOneId", "=", "m.oneOnOneId").onRef("latest.lastAt", "=", "m.scheduledAt"),
    )
    .select(["m.id", "m.oneOnOneId", "m.scheduledAt", "m.status"])
    .where("m.status", "=", "completed")
    .execute();
  for (const m of held) last.set(m.oneOnOneId, { id: m.id, scheduledAt: m.scheduledAt, status: m.status });
  return { next, last };
}

const person = (id: string, name: string, email: string): PersonRef => ({ id, name, email });

/** Weekly rhythms fall on the weekday of their anchor, in the series' zone; say which. */
function withWeekday(cadence: Cadence, row: OneOnOnesTable): Cadence {
  const weekly =
    cadence.frequency === "weekly" || cadence.frequency === "biweekly" || cadence.frequency === "every_n_weeks";
  return weekly ? { ...cadence, weekday: weekdayIn(new Date(row.anchorAt), row.timezone) } : cadence;
}

/** The public view of a series. */
export function presentSeries(row: SeriesWithPeople, next: MeetingRef | null, last: MeetingRef | null): OneOnOne {
  return {
    id: row.id,
    organizationId: row.organizationId,
    leader: person(row.leaderId, row.leaderName, row.leaderEmail),
    teammate: person(row.teammateId, row.teammateName, row.teammateEmail),
    kind: row.kind,
    cadence: withWeekday(cadenceOf(row), row),
    firstMeetingAt: row.firstMeetingAt,
    timezone: row.timezone,
    durationMinutes: row.durationMinutes,
    templateId: row.templateId,
    status: row.status,
    reminderMinutesBefore: row.reminderMinutesBefore,
    nextMeeting: next,
    lastMeeting: last,
    createdAt: row.createdAt,
  };
}
