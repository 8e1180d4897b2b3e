import type { Kysely, Transaction } from "kysely";
import type { Database, SsoConfigsTable, SsoLoginAttemptsTable } from "../../db/schema.js";

type Executor = Kysely<Database> | Transaction<Database>;

/** The workspace's identity provider settings, if any. */
export function findSsoConfig(db: Executor, organizationId: string) {
  return db.selectFrom("ssoConfigs").selectAll().where("organizationId", "=", organizationId).executeTakeFirst();
}

/** The settings that claim an e-mail domain, if any. */
export function findSsoConfigByDomain(db: Executor, emailDomain: string) {
  return db.selectFrom("ssoConfigs").selectAll().where("emailDomain", "=", emailDomain).executeTakeFirst();
}

/** Creates or replaces the workspace's settings. */
export async function upsertSsoConfig(db: Executor, row: SsoConfigsTable): Promise<void> {
  const { organizationId, createdAt, ...changes } = row;
  await db
    .insertInto("ssoConfigs")
    .values(row)
    .onConflict((oc) => oc.column("organizationId").doUpdateSet(changes))
    .execute();
}

/** Removes the workspace's settings; answers whether there were any. */
export async function deleteSsoConfig(db: Executor, organizationId: string): Promise<boolean> {
  const result = await db.deleteFrom("ssoConfigs").where("organizationId", "=", organizationId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Stores a sign-in attempt, dropping the ones that expired. */
export async function insertLoginAttempt(db: Executor, row: SsoLoginAttemptsTable): Promise<void> {
  await db.deleteFrom("ssoLoginAttempts").where("expiresAt", "<=", row.createdAt).execute();
  await db.insertInto("ssoLoginAttempts").values(row).execute();
}

/**
 * Takes a live sign-in attempt by its state: it is deleted as it is read, so a
 * second callback with the same state finds nothing (no replay).
 */
export async function takeLoginAttempt(db: Executor, stateHash: string, nowIso: string) {
  const row = await db.selectFrom("ssoLoginAttempts").selectAll().where("stateHash", "=", stateHash).executeTakeFirst();
  if (!row) return undefined;
  const deleted = await db.deleteFrom("ssoLoginAttempts").where("id", "=", row.id).executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1 || row.expiresAt <= nowIso) return undefined;
  return row;
}
