import type { Insertable } from "kysely";
import type { Executor } from "../../db/executor.js";
import type { ApiTokensTable } from "../../db/schema.js";

/**
 * The user's tokens that are still valid, newest first; for a sign-in held to one
 * workspace (`organizationScope`), only the tokens held to it (ADR 0017).
 */
export function listActiveTokens(db: Executor, userId: string, organizationScope: string | null = null) {
  let query = db.selectFrom("apiTokens").selectAll().where("userId", "=", userId).where("revokedAt", "is", null);
  if (organizationScope !== null) query = query.where("organizationId", "=", organizationScope);
  return query.orderBy("createdAt", "desc").execute();
}

/** Stores a token by its hash. */
export async function insertToken(db: Executor, row: Insertable<ApiTokensTable>): Promise<void> {
  await db.insertInto("apiTokens").values(row).execute();
}

/**
 * Revokes one of the user's tokens; returns false when it is not theirs or already revoked,
 * or, for a sign-in held to one workspace, not held to that workspace too.
 */
export async function revokeToken(
  db: Executor,
  userId: string,
  id: string,
  nowIso: string,
  organizationScope: string | null = null,
): Promise<boolean> {
  let query = db
    .updateTable("apiTokens")
    .set({ revokedAt: nowIso })
    .where("id", "=", id)
    .where("userId", "=", userId)
    .where("revokedAt", "is", null);
  if (organizationScope !== null) query = query.where("organizationId", "=", organizationScope);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
