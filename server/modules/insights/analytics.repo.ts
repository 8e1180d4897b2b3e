import { type ExpressionBuilder, sql } from "kysely";
import type { Executor } from "../../db/executor.js";
import type { Database } from "../../db/schema.js";

/** The active people of a workspace with their managers, by name. */
export function listActivePeople(db: Executor, organizationId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.userId")
    .select(["users.id", "users.name", "memberships.managerId"])
    .where("memberships.organizationId", "=", organizationId)
    .where("memberships.status", "=", "active")
    .orderBy("users.name")
    .execute();
}

/** The 1:1 of a workspace that have not ended. */
export function listOpenOneOnOne(db: Executor, organizationId: string) {
  return db
    .selectFrom("oneOnOnes")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .where("status", "!=", "ended")
    .execute();
}

/** When a meeting took place: held ones when they were completed (even if early), others when scheduled. */
const happenedAt = sql<string>`coalesce(completed_at, scheduled_at)`;

/** A workspace's meetings that took place between two instants. */
function meetingsBetween(db: Executor, organizationId: string, sinceIso: string, nowIso: string) {
  return db
    .selectFrom("meetings")
    .where("organizationId", "=", organizationId)
    .where(happenedAt, ">=", sinceIso)
    .where(happenedAt, "<=", nowIso);
}

/** How many of the meetings were held, canceled and moved. */
const meetingOutcomeCounts = (eb: ExpressionBuilder<Database, "meetings">) => [
  eb.fn.sum<number>(eb.case().when("status", "=", "completed").then(1).else(0).end()).as("held"),
  eb.fn.sum<number>(eb.case().when("status", "=", "canceled").then(1).else(0).end()).as("canceled"),
  eb.fn.sum<number>(eb.case().when("originalScheduledAt", "is not", null).then(1).else(0).end()).as("rescheduled"),
];

/** Per 1:1: meetings held, canceled and moved between two instants. */
export function countMeetingsPerOneOnOne(db: Executor, organizationId: string, sinceIso: string, nowIso: string) {
  return meetingsBetween(db, organizationId, sinceIso, nowIso)
    .select("oneOnOneId")
    .select(meetingOutcomeCounts)
    .groupBy("oneOnOneId")
    .execute();
}

/** Per pair: when it last held a meeting, since an instant. */
export function listLastHeldPerPair(db: Executor, organizationId: string, sinceIso: string) {
  return db
    .selectFrom("meetings")
    .innerJoin("oneOnOnes", "oneOnOnes.id", "meetings.oneOnOneId")
    .select(["oneOnOnes.leaderId", "oneOnOnes.teammateId", (eb) => eb.fn.max("meetings.completedAt").as("last")])
    .where("meetings.organizationId", "=", organizationId)
    .where("meetings.status", "=", "completed")
    .where("meetings.completedAt", ">=", sinceIso)
    .groupBy(["oneOnOnes.leaderId", "oneOnOnes.teammateId"])
    .execute();
}

/** Per month: meetings held, canceled and moved between two instants. */
export function countMeetingsPerMonth(db: Executor, organizationId: string, sinceIso: string, nowIso: string) {
  return meetingsBetween(db, organizationId, sinceIso, nowIso)
    .select(sql<string>`substr(${happenedAt}, 1, 7)`.as("month"))
    .select(meetingOutcomeCounts)
    .groupBy(sql`substr(${happenedAt}, 1, 7)`)
    .orderBy(sql`substr(${happenedAt}, 1, 7)`)
    .execute();
}
