import type { Executor } from "../../db/executor.js";

/** When each of these 1:1 last held a 1:1 (its completion, not its plan): one aggregate, not their whole history. */
export function listLastHeldAt(db: Executor, oneOnOneIds: string[]) {
  return db
    .selectFrom("meetings")
    .select(["oneOnOneId", (eb) => eb.fn.max("completedAt").as("lastHeldAt")])
    .where("oneOnOneId", "in", oneOnOneIds)
    .where("status", "=", "completed")
    .groupBy("oneOnOneId")
    .execute();
}

/** The meeting of the 1:1 held (completed) at that time (the last held one). */
export function findHeldMeetingAt(db: Executor, oneOnOneId: string, completedAt: string) {
  return db
    .selectFrom("meetings")
    .select("id")
    .where("oneOnOneId", "=", oneOnOneId)
    .where("status", "=", "completed")
    .where("completedAt", "=", completedAt)
    .orderBy("id", "desc")
    .executeTakeFirst();
}

/**
 * Scheduled meetings of active 1:1 with reminders on, within the window, not yet
 * reminded for their current time; with the pair and its reminder lead time.
 */
export function listReminderCandidates(db: Executor, fromIso: string, untilIso: string) {
  return db
    .selectFrom("meetings")
    .innerJoin("oneOnOnes", "oneOnOnes.id", "meetings.oneOnOneId")
    .selectAll("meetings")
    .select(["oneOnOnes.leaderId", "oneOnOnes.teammateId", "oneOnOnes.reminderMinutesBefore"])
    .where("meetings.status", "=", "scheduled")
    .where("oneOnOnes.status", "=", "active")
    .where("oneOnOnes.reminderMinutesBefore", ">", 0)
    .where("meetings.scheduledAt", ">", fromIso)
    .where("meetings.scheduledAt", "<=", untilIso)
    .where((eb) =>
      eb.or([eb("meetings.remindedFor", "is", null), eb("meetings.remindedFor", "!=", eb.ref("meetings.scheduledAt"))]),
    )
    .execute();
}

/** Records that the meeting's reminder for this time went out. */
export async function markReminded(db: Executor, meetingId: string, scheduledAt: string): Promise<void> {
  await db.updateTable("meetings").set({ remindedFor: scheduledAt }).where("id", "=", meetingId).execute();
}
