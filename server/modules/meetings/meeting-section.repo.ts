import type { Executor } from "../../db/executor.js";

export type SectionState = { sectionKey: string; sectionStartedAt: string; sectionPausedAt: string | null };

/** Stores the running meeting's section and clock; false when the meeting is no longer running. */
export async function updateRunningSection(db: Executor, meetingId: string, state: SectionState): Promise<boolean> {
  const result = await db
    .updateTable("meetings")
    .set(state)
    .where("id", "=", meetingId)
    .where("status", "=", "scheduled")
    .where("startedAt", "is not", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records that a participant is on the meeting's page now. */
export async function upsertPresence(db: Executor, meetingId: string, userId: string, at: string): Promise<void> {
  await db
    .insertInto("meetingPresence")
    .values({ meetingId, userId, lastSeenAt: at })
    .onConflict((oc) => oc.columns(["meetingId", "userId"]).doUpdateSet({ lastSeenAt: at }))
    .execute();
}

/** When each person was last on the meeting's page. */
export function listPresence(db: Executor, meetingId: string) {
  return db
    .selectFrom("meetingPresence")
    .select(["userId", "lastSeenAt"])
    .where("meetingId", "=", meetingId)
    .orderBy("userId")
    .execute();
}
