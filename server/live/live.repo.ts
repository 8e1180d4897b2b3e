import type { Executor } from "../db/executor.js";
import { isParticipant } from "../modules/one-on-ones/pair-policy.js";

/** What a meeting's abilities depend on (its status, start, series), or undefined when it is gone. */
export function findMeetingState(db: Executor, meetingId: string) {
  return db
    .selectFrom("meetings")
    .select(["id", "oneOnOneId", "status", "scheduledAt", "startedAt"])
    .where("id", "=", meetingId)
    .executeTakeFirst();
}

/**
 * `1:1:user` rows for each participant of these 1:1 the pair policy still lets in
 * (active in the workspace); the socket's sign-in scope was checked when it opened.
 */
export function listActiveParticipants(db: Executor, oneOnOneIds: string[]) {
  return (
    db
      .selectFrom("oneOnOnes")
      // Aliased: the policy's own subquery reads `memberships`, which must not capture this row.
      .innerJoin("memberships as member", "member.organizationId", "oneOnOnes.organizationId")
      .select(["oneOnOnes.id", "member.userId"])
      .where("oneOnOnes.id", "in", oneOnOneIds)
      .where((eb) => isParticipant(eb, "oneOnOnes", { userId: eb.ref("member.userId"), organizationScope: null }))
      .execute()
  );
}

/** Which of these sessions have not expired. */
export function listUnexpiredSessionIds(db: Executor, sessionIds: string[], now: string) {
  return db.selectFrom("sessions").select("id").where("id", "in", sessionIds).where("expiresAt", ">", now).execute();
}

/** Which of these API tokens are not revoked. */
export function listUnrevokedTokenIds(db: Executor, tokenIds: string[]) {
  return db.selectFrom("apiTokens").select("id").where("id", "in", tokenIds).where("revokedAt", "is", null).execute();
}

/** A person's display name. */
export async function findUserName(db: Executor, userId: string): Promise<string> {
  const row = await db.selectFrom("users").select("name").where("id", "=", userId).executeTakeFirstOrThrow();
  return row.name;
}
