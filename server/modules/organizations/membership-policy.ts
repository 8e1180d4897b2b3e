import type { Actor, Deps } from "../../context.js";
import { forbidden, notFound } from "../../http/errors.js";
import { findMembership } from "./organizations.repo.js";

/** The caller's active membership in the organization, or 404 (P5: not a member looks like not found). */
export async function requireActiveMember(deps: Deps, actor: Actor, organizationId: string) {
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
