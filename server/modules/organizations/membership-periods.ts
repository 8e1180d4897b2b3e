import type { Kysely, Transaction } from "kysely";
import { newId } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Records a status change in the person's active periods in the workspace (the audit log shows
 * their account events from these only): deactivation finishes the current period, reactivation
 * starts a new one. Call it in the transaction that changes the status, before or after it.
 */
export async function recordMembershipStatusChange(
  db: Executor,
  organizationId: string,
  userId: string,
  to: "active" | "deactivated",
  at: string,
): Promise<void> {
  const membership = await db
    .selectFrom("memberships")
    .select(["status", "activeSince", "createdAt"])
    .where("organizationId", "=", organizationId)
    .where("userId", "=", userId)
    .executeTakeFirst();
  if (!membership) return;
  if (to === "deactivated" && membership.status === "active") {
    await db
      .insertInto("membershipPeriods")
      .values({
        id: newId(),
        organizationId,
        userId,
        startedAt: membership.activeSince ?? membership.createdAt,
        endedAt: at,
      })
      .execute();
  }
  if (to === "active" && membership.status === "deactivated") {
    await db
      .updateTable("memberships")
      .set({ activeSince: at })
      .where("organizationId", "=", organizationId)
      .where("userId", "=", userId)
      .execute();
  }
}
