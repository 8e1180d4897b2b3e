import type { Insertable } from "kysely";
import type { Executor } from "../../db/executor.js";
import type {
  SsoConfigsTable,
  SsoIdentitiesTable,
  SsoLoginAttemptsTable,
  SsoPendingLinksTable,
} from "../../db/schema.js";

/** The workspace's identity provider settings, if any. */
export function findSsoConfig(db: Executor, organizationId: string) {
  return db.selectFrom("ssoConfigs").selectAll().where("organizationId", "=", organizationId).executeTakeFirst();
}

/** The settings whose e-mail domain is verified as `emailDomain`, if any: only these route sign-ins by e-mail. */
export function findSsoConfigByVerifiedDomain(db: Executor, emailDomain: string) {
  return db.selectFrom("ssoConfigs").selectAll().where("verifiedDomain", "=", emailDomain).executeTakeFirst();
}

/** Marks the settings' e-mail domain verified (the unique index refuses a domain another workspace verified). */
export async function markDomainVerified(db: Executor, organizationId: string, domain: string, nowIso: string) {
  await db
    .updateTable("ssoConfigs")
    .set({ verifiedDomain: domain, domainVerifiedAt: nowIso, updatedAt: nowIso })
    .where("organizationId", "=", organizationId)
    .where("emailDomain", "=", domain)
    .execute();
}

/** The account linked to an identity at a workspace's provider, if any. */
export function findIdentity(db: Executor, organizationId: string, issuer: string, subject: string) {
  return db
    .selectFrom("ssoIdentities")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .where("issuer", "=", issuer)
    .where("subject", "=", subject)
    .executeTakeFirst();
}

/**
 * Whether this workspace's provider created the account before identities were
 * stored (an `sso.joined` event, no password, no identity anywhere): it has no
 * owner's password to confirm with, and no one but that provider ever vouched for it.
 */
export async function wasMadeJustInTimeBy(db: Executor, organizationId: string, userId: string): Promise<boolean> {
  const [joined, anyIdentity] = await Promise.all([
    db
      .selectFrom("auditEvents")
      .select("id")
      .where("organizationId", "=", organizationId)
      .where("actorUserId", "=", userId)
      .where("action", "=", "sso.joined")
      .executeTakeFirst(),
    db.selectFrom("ssoIdentities").select("id").where("userId", "=", userId).executeTakeFirst(),
  ]);
  return Boolean(joined) && !anyIdentity;
}

/** Links an identity to an account (confirmed). A second link of the same identity is a no-op. */
export async function insertIdentity(db: Executor, row: SsoIdentitiesTable): Promise<void> {
  await db
    .insertInto("ssoIdentities")
    .values(row)
    .onConflict((oc) => oc.columns(["organizationId", "issuer", "subject"]).doNothing())
    .execute();
}

/** Stores a link waiting for the account's owner, dropping the ones that expired. */
export async function insertPendingLink(db: Executor, row: SsoPendingLinksTable): Promise<void> {
  await db.deleteFrom("ssoPendingLinks").where("expiresAt", "<=", row.createdAt).execute();
  await db.insertInto("ssoPendingLinks").values(row).execute();
}

/** A live pending link by its token's hash, with the workspace's name. */
export function findPendingLink(db: Executor, tokenHash: string, nowIso: string) {
  return db
    .selectFrom("ssoPendingLinks")
    .innerJoin("organizations", "organizations.id", "ssoPendingLinks.organizationId")
    .selectAll("ssoPendingLinks")
    .select("organizations.name as organizationName")
    .where("tokenHash", "=", tokenHash)
    .where("expiresAt", ">", nowIso)
    .executeTakeFirst();
}

/** Deletes a pending link; answers whether it was there (so it is used once). */
export async function deletePendingLink(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom("ssoPendingLinks").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Creates or replaces the workspace's settings. */
export async function upsertSsoConfig(db: Executor, row: Insertable<SsoConfigsTable>): Promise<void> {
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

/** The workspace's active owners, who hear about every change to its sign-in. */
export function listActiveOwners(db: Executor, organizationId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.userId")
    .select(["users.id as userId", "users.email", "users.locale"])
    .where("memberships.organizationId", "=", organizationId)
    .where("memberships.role", "=", "owner")
    .where("memberships.status", "=", "active")
    .execute();
}

/** Gives settings saved before domain verification their token, unless they got one meanwhile. */
export async function setMissingDomainVerificationToken(
  db: Executor,
  organizationId: string,
  token: string,
): Promise<void> {
  await db
    .updateTable("ssoConfigs")
    .set({ domainVerificationToken: token })
    .where("organizationId", "=", organizationId)
    .where("domainVerificationToken", "is", null)
    .execute();
}
