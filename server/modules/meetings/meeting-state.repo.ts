import type { Executor } from "../../db/executor.js";

/**
 * Whether a later meeting of the same series (scheduled after this one, not cancelled) has
 * been started or completed: from then on this meeting's record is frozen.
 */
export async function laterMeetingStarted(
  db: Executor,
  meeting: { id: string; oneOnOneId: string; scheduledAt: string },
): Promise<boolean> {
  const row = await db
    .selectFrom("meetings")
    .select("id")
    .where("oneOnOneId", "=", meeting.oneOnOneId)
    .where("id", "!=", meeting.id)
    .where("status", "!=", "canceled")
    .where("scheduledAt", ">", meeting.scheduledAt)
    .where((eb) => eb.or([eb("startedAt", "is not", null), eb("completedAt", "is not", null)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Whether anything was recorded in a started meeting, which then can't be un-started:
 * a talking point ticked as discussed (whenever), or added since it started; shared notes
 * with text, changed since it started; a next step, a check-in or feedback given since it
 * started. Private notes don't count: they are their author's alone (P2).
 */
export async function meetingHasRecords(db: Executor, meetingId: string, startedAt: string): Promise<boolean> {
  const found = await Promise.all([
    db
      .selectFrom("agendaItems")
      .select("id")
      .where("meetingId", "=", meetingId)
      .where((eb) => eb.or([eb("discussed", "=", 1), eb("createdAt", ">=", startedAt)]))
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom("notes")
      .select("id")
      .where("meetingId", "=", meetingId)
      .where("ownerKey", "=", "shared")
      .where("body", "!=", "")
      .where("updatedAt", ">=", startedAt)
      .executeTakeFirst(),
    db
      .selectFrom("actionItems")
      .select("id")
      .where("meetingId", "=", meetingId)
      .where("createdAt", ">=", startedAt)
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom("checkIns")
      .select("meetingId")
      .where("meetingId", "=", meetingId)
      .where("updatedAt", ">=", startedAt)
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom("feedback")
      .select("id")
      .where("meetingId", "=", meetingId)
      .where("createdAt", ">=", startedAt)
      .limit(1)
      .executeTakeFirst(),
  ]);
  return found.some((row) => row !== undefined);
}

/** Notes that a completed meeting's record changed after it was held ("edited after the meeting"). */
export async function markEditedAfterMeeting(db: Executor, meetingId: string, now: string): Promise<void> {
  await db
    .updateTable("meetings")
    .set({ editedAfterAt: now })
    .where("id", "=", meetingId)
    .where("status", "=", "completed")
    .execute();
}
