import type { ExpressionBuilder } from "kysely";
import type { Executor } from "../../db/executor.js";
import type { OneOnOnesTable } from "../../db/schema.js";
import { isParticipant } from "../one-on-ones/pair-policy.js";
import { type Caller, callerIsActiveIn } from "../organizations/membership-policy.js";

/** The other person of the 1:1 aliased "s", seen from `me`: the teammate when `me` leads, else the leader. */
function otherPersonOf<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, me: string) {
  const base = eb as unknown as ExpressionBuilder<{ s: OneOnOnesTable }, "s">;
  return base.case().when("s.leaderId", "=", me).then(base.ref("s.teammateId")).else(base.ref("s.leaderId")).end();
}

/** The caller's next scheduled meetings (up to 50), each with the other person of its pair. */
export function listUpcomingMeetings(db: Executor, caller: Caller) {
  const me = caller.userId;
  return db
    .selectFrom("meetings as m")
    .innerJoin("oneOnOnes as s", "s.id", "m.oneOnOneId")
    .innerJoin("users as other", (join) => join.on((eb) => eb("other.id", "=", otherPersonOf(eb, me))))
    .select([
      "m.id",
      "m.scheduledAt",
      "m.status",
      "m.durationMinutes",
      "m.startedAt",
      "s.id as oneOnOneId",
      "s.leaderId",
      "other.id as otherId",
      "other.name as otherName",
      "other.email as otherEmail",
    ])
    .where("m.status", "=", "scheduled")
    .where((eb) => isParticipant(eb, "s", caller))
    .orderBy("m.scheduledAt")
    .limit(50)
    .execute();
}

/** The open actions the caller owns (up to 100), each with the other person of its pair. */
export function listOpenActionsOwnedBy(db: Executor, caller: Caller) {
  const me = caller.userId;
  return db
    .selectFrom("actionItems as a")
    .innerJoin("oneOnOnes as s", "s.id", "a.oneOnOneId")
    .innerJoin("users as other", (join) => join.on((eb) => eb("other.id", "=", otherPersonOf(eb, me))))
    .selectAll("a")
    .select(["other.id as otherId", "other.name as otherName", "other.email as otherEmail"])
    .where("a.ownerId", "=", me)
    .where("a.status", "=", "open")
    .where((eb) => isParticipant(eb, "s", caller))
    .orderBy("a.dueDate")
    .orderBy("a.createdAt")
    .limit(100)
    .execute();
}

/** Per meeting: how many agenda items it has, and how many of them `userId` wrote. */
export async function countAgendaItems(db: Executor, meetingIds: string[], userId: string) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom("agendaItems")
    .select([
      "meetingId",
      (eb) => eb.fn.countAll<number>().as("total"),
      (eb) => eb.fn.sum<number>(eb.case().when("authorId", "=", userId).then(1).else(0).end()).as("mine"),
    ])
    .where("meetingId", "in", meetingIds)
    .groupBy("meetingId")
    .execute();
}

/**
 * True when the caller leads someone: a direct report in the reporting line, or a 1:1
 * (not ended) they lead; or administers a workspace their sign-in reaches.
 */
export async function callerLeadsSomeone(db: Executor, caller: Caller): Promise<boolean> {
  const row = await db
    .selectFrom("memberships as mine")
    .select("mine.userId")
    .where("mine.userId", "=", caller.userId)
    .where((eb) => callerIsActiveIn(eb, "mine.organizationId", caller))
    .where((eb) =>
      eb.or([
        eb("mine.role", "in", ["owner", "admin"]),
        eb.exists(
          eb
            .selectFrom("memberships as report")
            .select("report.userId")
            .whereRef("report.organizationId", "=", "mine.organizationId")
            .where("report.managerId", "=", caller.userId)
            .where("report.status", "=", "active"),
        ),
        eb.exists(
          eb
            .selectFrom("oneOnOnes as led")
            .select("led.id")
            .whereRef("led.organizationId", "=", "mine.organizationId")
            .where("led.leaderId", "=", caller.userId)
            .where("led.status", "!=", "ended"),
        ),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}
