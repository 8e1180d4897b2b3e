import type { Executor } from "../../db/executor.js";
import { isParticipant } from "../one-on-ones/pair-policy.js";
import { type Caller, callerIsActiveIn } from "../organizations/membership-policy.js";

/** The meetings of these pairs, oldest first. */
export function listPairMeetings(db: Executor, oneOnOneIds: string[]) {
  return db
    .selectFrom("meetings")
    .select(["id", "oneOnOneId", "scheduledAt", "originalScheduledAt", "status", "completedAt"])
    .where("oneOnOneId", "in", oneOnOneIds)
    .orderBy("scheduledAt")
    .execute();
}

/** The check-ins of these pairs' meetings not canceled, oldest first. */
export function listPairMoods(db: Executor, oneOnOneIds: string[]) {
  return db
    .selectFrom("checkIns")
    .innerJoin("meetings", "meetings.id", "checkIns.meetingId")
    .select(["checkIns.meetingId", "checkIns.oneOnOneId", "checkIns.mood", "checkIns.energy", "meetings.scheduledAt"])
    .where("checkIns.oneOnOneId", "in", oneOnOneIds)
    .where("meetings.status", "!=", "canceled")
    .orderBy("meetings.scheduledAt")
    .execute();
}

/** Every rating of these pairs' meetings, oldest first (the service keeps those the reader may see). */
export function listPairRatings(db: Executor, oneOnOneIds: string[]) {
  return db
    .selectFrom("ratings")
    .innerJoin("meetings", "meetings.id", "ratings.meetingId")
    .select(["ratings.meetingId", "ratings.userId", "ratings.score", "meetings.oneOnOneId", "meetings.scheduledAt"])
    .where("meetings.oneOnOneId", "in", oneOnOneIds)
    .orderBy("meetings.scheduledAt")
    .execute();
}

/** The trend and the mood-drop alert read the last few check-ins of each pair. */
const RECENT_MOODS = 8;

/**
 * The last check-ins of each pair, oldest first: one short index range per pair
 * (UNION ALL), so the cost doesn't grow with years of history.
 */
export async function listRecentMoods(db: Executor, oneOnOneIds: string[]) {
  const perPair = oneOnOneIds.map((id) =>
    db
      .selectFrom(
        db
          .selectFrom("meetings")
          .innerJoin("checkIns", "checkIns.meetingId", "meetings.id")
          .select(["meetings.oneOnOneId", "checkIns.mood", "meetings.scheduledAt"])
          .where("meetings.oneOnOneId", "=", id)
          .where("meetings.status", "!=", "canceled")
          .orderBy("meetings.scheduledAt", "desc")
          .limit(RECENT_MOODS)
          .as("recent"),
      )
      .selectAll(),
  );
  const [first, ...rest] = perPair;
  if (!first) return [];
  const rows = await rest.reduce((query, next) => query.unionAll(next), first).execute();
  return rows.sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
}

/** The 1:1 the caller leads and may see (the pair policy), not ended, with the teammate. */
export function listLedOneOnOne(db: Executor, caller: Caller) {
  return db
    .selectFrom("oneOnOnes")
    .innerJoin("users as teammate", "teammate.id", "oneOnOnes.teammateId")
    .selectAll("oneOnOnes")
    .select(["teammate.name as teammateName", "teammate.email as teammateEmail"])
    .where("oneOnOnes.leaderId", "=", caller.userId)
    .where("oneOnOnes.status", "!=", "ended")
    .where((eb) => isParticipant(eb, "oneOnOnes", caller))
    .execute();
}

/** Per 1:1: open actions, and how many of them are overdue on `today`. */
export function countOpenActions(db: Executor, oneOnOneIds: string[], today: string) {
  return db
    .selectFrom("actionItems")
    .select([
      "oneOnOneId",
      (eb) => eb.fn.countAll<number>().as("open"),
      (eb) => eb.fn.sum<number>(eb.case().when("dueDate", "<", today).then(1).else(0).end()).as("overdue"),
    ])
    .where("oneOnOneId", "in", oneOnOneIds)
    .where("status", "=", "open")
    .groupBy("oneOnOneId")
    .execute();
}

/** The caller's active direct reports in the reporting line, in workspaces the caller's sign-in reaches. */
export function listDirectReports(db: Executor, caller: Caller) {
  return db
    .selectFrom("memberships as report")
    .innerJoin("users", "users.id", "report.userId")
    .select(["users.id", "users.name", "users.email", "report.organizationId"])
    .where("report.managerId", "=", caller.userId)
    .where("report.status", "=", "active")
    .where((eb) => callerIsActiveIn(eb, "report.organizationId", caller))
    .orderBy("users.name")
    .execute();
}
