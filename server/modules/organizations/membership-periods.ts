import type { Executor } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import { findMembership, insertMembershipPeriod, setActiveSince } from "./organizations.repo.js";

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
  const membership = await findMembership(db, organizationId, userId);
  if (!membership) return;
  if (to === "deactivated" && membership.status === "active") {
    await insertMembershipPeriod(db, {
      id: newId(),
      organizationId,
      userId,
      startedAt: membership.activeSince ?? membership.createdAt,
      endedAt: at,
    });
  }
  if (to === "active" && membership.status === "deactivated") await setActiveSince(db, organizationId, userId, at);
}
