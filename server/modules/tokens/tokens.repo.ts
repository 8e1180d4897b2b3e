import type { Kysely, Transaction } from "kysely";
import type { ApiTokensTable, Database } from "../../db/schema.js";

/** The user's tokens that are still valid, newest first. */
export function listActiveTokens(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom("apiTokens")
    .selectAll()
    .where("userId", "=", userId)
    .where("revokedAt", "is", null)
    .orderBy("createdAt", "desc")
    .execute();
}

/** Stores a token by its hash. */
export async function insertToken(db: Kysely<Database>, row: ApiTokensTable): Promise<void> {
  await db.insertInto("apiTokens").values(row).execute();
}

/** Revokes one of the user's tokens; returns false when it is not theirs or already revoked. */
export async function revokeToken(db: Kysely<Database>, userId: string, id: string, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable("apiTokens")
    .set({ revokedAt: nowIso })
    .where("id", "=", id)
    .where("userId", "=", userId)
    .where("revokedAt", "is", null)
    .executeTakeFirst();
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
