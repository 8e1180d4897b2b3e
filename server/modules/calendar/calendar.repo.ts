import type { Executor } from "../../db/executor.js";
import { selectOneOnOneWithPeople } from "../one-on-ones/one-on-ones.repo.js";
import { isParticipant } from "../one-on-ones/pair-policy.js";

/** The version of a person's feed URL (0 before the first rotation). */
export async function findFeedVersion(db: Executor, userId: string): Promise<number> {
  const row = await db.selectFrom("calendarFeeds").select("version").where("userId", "=", userId).executeTakeFirst();
  return row?.version ?? 0;
}

/** Stores a person's new feed version. */
export async function saveFeedVersion(db: Executor, userId: string, version: number, rotatedAt: string): Promise<void> {
  await db
    .insertInto("calendarFeeds")
    .values({ userId, version, rotatedAt })
    .onConflict((oc) => oc.column("userId").doUpdateSet({ version, rotatedAt }))
    .execute();
}

/**
 * The 1:1 a person takes part in, with both people: the feed has no sign-in, so it
 * reaches every workspace where they are active (no scope).
 */
export function listFeedOneOnOne(db: Executor, userId: string, onlyOneOnOneId?: string) {
  let query = selectOneOnOneWithPeople(db).where((eb) =>
    isParticipant(eb, "oneOnOnes", { userId, organizationScope: null }),
  );
  if (onlyOneOnOneId) query = query.where("oneOnOnes.id", "=", onlyOneOnOneId);
  return query.orderBy("oneOnOnes.createdAt").execute();
}

/** Every meeting of these 1:1, by date, as the feed shows them. */
export function listFeedMeetings(db: Executor, oneOnOneIds: string[]) {
  return db
    .selectFrom("meetings")
    .select(["id", "oneOnOneId", "scheduledAt", "originalScheduledAt", "durationMinutes", "status", "sequence"])
    .where("oneOnOneId", "in", oneOnOneIds)
    .orderBy("scheduledAt")
    .execute();
}

/** E-mail address, locale and time zone of these people. */
export function listRecipients(db: Executor, userIds: string[]) {
  return db.selectFrom("users").select(["id", "email", "locale", "timezone"]).where("id", "in", userIds).execute();
}
