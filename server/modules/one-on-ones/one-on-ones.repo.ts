import type { Selectable } from "kysely";
import type { Cadence } from "../../../shared/schemas/cadence.js";
import type { HeldMeetingRef, MeetingRef, OneOnOne, PersonRef } from "../../../shared/schemas/one-on-ones.js";
import type { Executor } from "../../db/executor.js";
import { preparedQuery } from "../../db/prepared-query.js";
import type { OneOnOnesTable } from "../../db/schema.js";
import type { Caller } from "../organizations/membership-policy.js";
import { cadenceOf } from "./cadence.js";
import { isParticipant } from "./pair-policy.js";
import { weekdayIn } from "./recurrence.js";

/** 1:1 rows with both people, in one query. */
export function selectOneOnOneWithPeople(db: Executor) {
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

type OneOnOneWithPeople = Selectable<OneOnOnesTable> & {
  leaderName: string;
  leaderEmail: string;
  teammateName: string;
  teammateEmail: string;
};

/** For many 1:1 at once: the upcoming meeting and the last held one (two queries, no N+1). */
export async function loadMeetingRefs(db: Executor, oneOnOneIds: string[]) {
  const next = new Map<string, MeetingRef>();
  const last = new Map<string, HeldMeetingRef>();
  if (oneOnOneIds.length === 0) return { next, last };
  const scheduled = await db
    .selectFrom("meetings")
    .select(["id", "oneOnOneId", "scheduledAt", "status"])
    .where("oneOnOneId", "in", oneOnOneIds)
    .where("status", "=", "scheduled")
    .orderBy("scheduledAt", "desc")
    .execute();
  for (const m of scheduled) next.set(m.oneOnOneId, { id: m.id, scheduledAt: m.scheduledAt, status: m.status });
  const latest = db
    .selectFrom("meetings")
    .select(["oneOnOneId", (eb) => eb.fn.max("completedAt").as("lastAt")])
    .where("oneOnOneId", "in", oneOnOneIds)
    .where("status", "=", "completed")
    .groupBy("oneOnOneId")
    .as("latest");
  const held = await db
    .selectFrom("meetings as m")
    .innerJoin(latest, (join) =>
      join.onRef("latest.oneOnOneId", "=", "m.oneOnOneId").onRef("latest.lastAt", "=", "m.completedAt"),
    )
    .select(["m.id", "m.oneOnOneId", "m.scheduledAt", "m.status", "m.completedAt"])
    .where("m.status", "=", "completed")
    .execute();
  for (const m of held)
    last.set(m.oneOnOneId, {
      id: m.id,
      scheduledAt: m.scheduledAt,
      status: m.status,
      heldAt: m.completedAt ?? m.scheduledAt,
    });
  return { next, last };
}

/** One 1:1 with both people, or undefined. */
export function findOneOnOneWithPeople(db: Executor, id: string) {
  return selectOneOnOneWithPeople(db).where("oneOnOnes.id", "=", id).executeTakeFirst();
}

/** The caller's 1:1, as leader or teammate, where they may see them (the pair policy), oldest first. */
export function listOneOnOneOf(db: Executor, caller: Caller) {
  return selectOneOnOneWithPeople(db)
    .where((eb) => isParticipant(eb, "oneOnOnes", caller))
    .orderBy("oneOnOnes.createdAt")
    .execute();
}

/** A 1:1's open action items, oldest first. */
export function listOpenActionsOfOneOnOne(db: Executor, oneOnOneId: string) {
  return db
    .selectFrom("actionItems")
    .selectAll()
    .where("oneOnOneId", "=", oneOnOneId)
    .where("status", "=", "open")
    .orderBy("createdAt")
    .execute();
}

const activeStandingItems = preparedQuery((db, p: { oneOnOneId: string }) =>
  db
    .selectFrom("standingItems")
    .select(["id", "sectionKey", "body", "authorId", "createdAt"])
    .where("oneOnOneId", "=", p.oneOnOneId)
    .where("removedAt", "is", null)
    .orderBy("createdAt"),
);

/** The 1:1's standing talking points still in force, oldest first. */
export function listStandingItems(db: Executor, oneOnOneId: string) {
  return activeStandingItems(db, { oneOnOneId });
}

const person = (id: string, name: string, email: string): PersonRef => ({ id, name, email });

/** Weekly rhythms fall on the weekday of their anchor, in the 1:1's zone; say which. */
function withWeekday(cadence: Cadence, row: Selectable<OneOnOnesTable>): Cadence {
  const weekly =
    cadence.frequency === "weekly" || cadence.frequency === "biweekly" || cadence.frequency === "every_n_weeks";
  return weekly ? { ...cadence, weekday: weekdayIn(new Date(row.anchorAt), row.timezone) } : cadence;
}

/** The public view of a 1:1. */
export function presentOneOnOne(
  row: OneOnOneWithPeople,
  next: MeetingRef | null,
  last: HeldMeetingRef | null,
): OneOnOne {
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
