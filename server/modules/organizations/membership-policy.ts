import type { Actor, Deps } from "../../context.js";
import { forbidden, notFound } from "../../http/errors.js";
import { scopeAllows } from "./active-membership.js";
import { findMembership } from "./organizations.repo.js";

/**
 * The caller's active membership in the organization, or 404 (P5: not a member looks like not found).
 * A sign-in held to another workspace gets the same 404, whatever the person's memberships (ADR 0017).
 */
export async function requireActiveMember(deps: Deps, actor: Actor, organizationId: string) {
  if (!scopeAllows(actor, organizationId)) throw notFound("Organization");
  const membership = await findMembership(deps.db.kysely, organizationId, actor.userId);
  if (membership?.status !== "active") throw notFound("Organization");
  return membership;
}

/** The caller's membership if they administer the organization; other members get 403. */
export async function requireAdmin(deps: Deps, actor: Actor, organizationId: string) {
  const membership = await requireActiveMember(deps, actor, organizationId);
  if (membership.role !== "owner" && membership.role !== "admin") {
    throw forbidden("admin_required", "Only workspace owners and admins can do this");
  }
  return membership;
}

/**
 * For things that belong to the person across all their workspaces (the calendar feed
 * URL): a sign-in held to one workspace may use them only while the person is active in
 * no other one; otherwise 403 `workspace_scoped_session` (ADR 0017).
 */
export async function requireReachOfEveryWorkspace(deps: Deps, actor: Actor): Promise<void> {
  if (actor.organizationScope === null) return;
  const elsewhere = await deps.db.kysely
    .selectFrom("memberships")
    .select("organizationId")
    .where("userId", "=", actor.userId)
    .where("status", "=", "active")
    .where("organizationId", "!=", actor.organizationScope)
    .executeTakeFirst();
  if (elsewhere) {
    throw forbidden(
      "workspace_scoped_session",
      "This sign-in reaches one workspace only; sign in with your password to use what spans all your workspaces",
    );
  }
}
