import type { Expression, ExpressionBuilder, Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

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
  return base.exists(
    base
      .selectFrom("memberships")
      .select("memberships.userId")
      .where("memberships.organizationId", "=", base.ref(organizationColumn as "memberships.organizationId"))
      .where("memberships.userId", "=", userId)
      .where("memberships.status", "=", "active"),
  );
}

/** Which of `userIds` are active members of the workspace: 1:1 content is e-mailed to them only. */
export async function activeMemberIds(
  db: Kysely<Database>,
  organizationId: string,
  userIds: string[],
): Promise<Set<string>> {
  const rows = await db
    .selectFrom("memberships")
    .select("userId")
    .where("organizationId", "=", organizationId)
    .where("userId", "in", userIds)
    .where("status", "=", "active")
    .execute();
  return new Set(rows.map((r) => r.userId));
}
