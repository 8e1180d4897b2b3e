import type { Person, UpdatePersonBody } from "../../../shared/schemas/people.js";
import type { Actor, Deps, RequestMeta } from "../../context.js";
import { withTransaction } from "../../db/executor.js";
import { badRequest, conflict, forbidden, notFound } from "../../http/errors.js";
import { type AuditAction, recordAudit } from "../audit/audit.repo.js";
import { deleteSessionsHeldTo, deleteUserSessions } from "../auth/auth.repo.js";
import { recordMembershipStatusChange } from "../organizations/membership-periods.js";
import { requireActiveMember, requireAdmin } from "../organizations/membership-policy.js";
import { isActiveSomewhere } from "../organizations/organizations.repo.js";
import { findPerson, listPeople, listReportingLines, lockOwners, updateMembership } from "./people.repo.js";
import { wouldCreateCycle } from "./reporting-lines.js";

/** Everyone in the workspace; any active member may see the directory. */
export async function listOrganizationPeople(deps: Deps, actor: Actor, organizationId: string): Promise<Person[]> {
  await requireActiveMember(deps, actor, organizationId);
  return listPeople(deps.db.kysely, organizationId);
}

/**
 * Changes a person's role, manager or status (admins only). Owners alone grant
 * or remove the owner role; the last active owner cannot be demoted or deactivated.
 */
export async function updatePerson(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  userId: string,
  patch: UpdatePersonBody,
  meta: RequestMeta,
): Promise<Person> {
  const me = await requireAdmin(deps, actor, organizationId);
  const changes = await withTransaction(deps, async (deps) => {
    const { kysely: trx, engine } = deps.db;
    const target = await findPerson(trx, organizationId, userId);
    if (!target) throw notFound("Person");
    const touchesOwner = target.role === "owner" || patch.role === "owner";
    if (touchesOwner && me.role !== "owner" && (patch.role !== undefined || patch.status !== undefined)) {
      throw forbidden("owner_required", "Only an owner can change an owner's role or status");
    }
    if (patch.managerId !== undefined && patch.managerId !== null) {
      if (patch.managerId === userId)
        throw badRequest("reporting_cycle", "a person cannot manage themself", "managerId");
      const manager = await findPerson(trx, organizationId, patch.managerId);
      if (manager?.status !== "active") {
        throw badRequest("invalid_manager", "must be an active member of this workspace", "managerId");
      }
      if (wouldCreateCycle(await listReportingLines(trx, organizationId), userId, patch.managerId)) {
        throw badRequest("reporting_cycle", "this would make a reporting-line cycle", "managerId");
      }
    }
    const losesOwnership =
      target.role === "owner" &&
      target.status === "active" &&
      ((patch.role !== undefined && patch.role !== "owner") || patch.status === "deactivated");
    if (losesOwnership) {
      const owners = await lockOwners(trx, engine, organizationId);
      if (owners.filter((o) => o.status === "active").length <= 1)
        throw conflict("last_owner", "A workspace needs at least one active owner");
    }
    const nowIso = deps.clock.now().toISOString();
    if (patch.status !== undefined && patch.status !== target.status)
      await recordMembershipStatusChange(trx, organizationId, userId, patch.status, nowIso);
    await updateMembership(trx, organizationId, userId, { ...patch, updatedAt: nowIso });
    if (patch.status === "deactivated" && target.status !== "deactivated") {
      if (!(await isActiveSomewhere(trx, userId))) await deleteUserSessions(trx, userId);
      else await deleteSessionsHeldTo(trx, userId, organizationId);
    }
    return target;
  });
  await auditChanges(deps, actor, organizationId, changes, patch, meta);
  // Their live sockets on this workspace's meetings close now, on every node.
  if (patch.status === "deactivated") deps.live.recheckUser(userId);
  const updated = await findPerson(deps.db.kysely, organizationId, userId);
  if (!updated) throw notFound("Person");
  return updated;
}

async function auditChanges(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  before: Person,
  patch: UpdatePersonBody,
  meta: RequestMeta,
): Promise<void> {
  const entries: Array<[AuditAction, string | null, string | null]> = [];
  if (patch.role !== undefined && patch.role !== before.role)
    entries.push(["member.role_changed", before.role, patch.role]);
  if (patch.managerId !== undefined && patch.managerId !== before.managerId)
    entries.push(["member.manager_changed", before.managerId, patch.managerId]);
  if (patch.status !== undefined && patch.status !== before.status)
    entries.push(["member.status_changed", before.status, patch.status]);
  for (const [action, from, to] of entries) {
    await recordAudit(deps.db.kysely, deps.clock, {
      organizationId,
      actorUserId: actor.userId,
      action,
      targetType: "user",
      targetId: before.userId,
      ip: meta.ip,
      metadata: { from, to },
    });
  }
}
