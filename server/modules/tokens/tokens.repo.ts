import type { Kysely, Transaction } from "kysely";
import type { ApiTokensTable, Database } from "../../db/schema.js";

/**
 * The user's tokens that are still valid, newest first; for a sign-in held to one
 * workspace (`organizationScope`), only the tokens held to it (ADR 0017).
 */
export function listActiveTokens(db: Kysely<Database>, userId: string, organizationScope: string | null = null) {
  let query = db.selectFrom("apiTokens").selectAll().where("userId", "=", userId).where("revokedAt", "is", null);
  if (organizationScope !== null) query = query.where("organizationId", "=", organizationScope);
  return query.orderBy("createdAt", "desc").execute();
}

/** Stores a token by its hash. */
export async function insertToken(db: Kysely<Database>, row: ApiTokensTable): Promise<void> {
  await db.insertInto("apiTokens").values(row).execute();
}

/**
 * Revokes one of the user's tokens; returns false when it is not theirs or already revoked,
 * or, for a sign-in held to one workspace, not held to that workspace too.
 */
export async function revokeToken(
  db: Kysely<Database>,
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

/** Revokes every still-valid token of the user; returns their ids. */
export async function revokeAllTokens(
  db: Kysely<Database> | Transaction<Database>,
  userId: string,
  nowIso: string,
): Promise<string[]> {
  const rows = await db
    .updateTable("apiTokens")
    .set({ revokedAt: nowIso })
    .where("userId", "=", userId)
    .where("revokedAt", "is", null)
    .returning("id")
    .execute();
  return rows.map((row) => row.id);
}
