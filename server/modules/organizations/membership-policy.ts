import type { Expression, ExpressionBuilder } from "kysely";
import type { Actor, Deps } from "../../context.js";
import type { Executor } from "../../db/executor.js";
import type { Database } from "../../db/schema.js";
import { forbidden, notFound } from "../../http/errors.js";
import { findMembership } from "./organizations.repo.js";

/** The active memberships of `userId` in the workspace named by `organizationColumn`, as a subquery. */
function activeMembershipsIn(
  base: ExpressionBuilder<Database, "memberships">,
  organizationColumn: string,
  userId: string | Expression<string>,
) {
  return base
    .selectFrom("memberships")
    .select("memberships.userId")
    .where("memberships.organizationId", "=", base.ref(organizationColumn as "memberships.organizationId"))
    .where("memberships.userId", "=", userId)
    .where("memberships.status", "=", "active");
}

/**
 * SQL condition: `userId` is an active member of the workspace named by
 * `organizationColumn` (e.g. "oneOnOnes.organizationId"). Pair content is
 * only ever read under this condition, so a deactivated member sees nothing.
 */
export function isActiveMemberOf<DB extends Database, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  organizationColumn: string,
  userId: string | Expression<string>,
) {
  const base = eb as unknown as ExpressionBuilder<Database, "memberships">;
  return base.exists(activeMembershipsIn(base, organizationColumn, userId));
}

/** Which of `userIds` are active members of the workspace: 1:1 content is e-mailed to them only. */
export async function activeMemberIds(db: Executor, organizationId: string, userIds: string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom("memberships")
    .select("userId")
    .where("organizationId", "=", organizationId)
    .where("userId", "in", userIds)
    .where("status", "=", "active")
    .execute();
  return new Set(rows.map((r) => r.userId));
}

/**
 * Who is asking: the person, and the one workspace their sign-in is held to (a session
 * from a workspace's identity provider, or a token minted by one); null reaches every
 * workspace where they are active. `Actor` fits.
 */
export interface Caller {
  userId: string;
  organizationScope: string | null;
}

/**
 * The caller may act in this workspace as far as their sign-in goes: a sign-in held
 * to one workspace never reaches another (finding 1 of issue 15, ADR 0017). Membership
 * is checked beside it (`requireActiveMember`, `callerIsActiveIn`).
 */
export const scopeAllows = (caller: Caller, organizationId: string): boolean =>
  caller.organizationScope === null || caller.organizationScope === organizationId;

/**
 * SQL condition for the caller's own reads and writes: they are an active member of the
 * workspace named by `organizationColumn` and their sign-in reaches it. Every query that
 * lists across workspaces for the caller uses this, not `isActiveMemberOf`, which also
 * answers for other people. One shape whatever the scope, so prepared queries can take
 * the scope as a parameter (`scope` may be a value or a prepared-query parameter).
 */
export function callerIsActiveIn<DB extends Database, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  organizationColumn: string,
  caller: { userId: string | Expression<string>; organizationScope: string | null },
) {
  const base = eb as unknown as ExpressionBuilder<Database, "memberships">;
  return base.exists(
    activeMembershipsIn(base, organizationColumn, caller.userId).where((inner) =>
      inner(
        "memberships.organizationId",
        "=",
        inner.fn.coalesce(inner.val(caller.organizationScope), inner.ref("memberships.organizationId")),
      ),
    ),
  );
}

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
