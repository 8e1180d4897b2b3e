import type { Kysely } from "kysely";
import type { Executor } from "../../db/executor.js";
import { preparedQuery } from "../../db/prepared-query.js";
import type { Database } from "../../db/schema.js";

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

const presenceOf = preparedQuery((db, p: { meetingId: string }) =>
  db
    .selectFrom("meetingPresence")
    .select(["userId", "lastSeenAt"])
    .where("meetingId", "=", p.meetingId)
    .orderBy("userId"),
);

/** When each person was last on the meeting's page (prepared, like the page's other reads). */
export function listPresence(db: Kysely<Database>, meetingId: string) {
  return presenceOf(db, { meetingId });
}
