import type { ExpressionBuilder } from "kysely";
import type { Db } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import type { Database, SessionsTable, UsersTable } from "../../db/schema.js";

/** Finds a user by (lower-case) e-mail. */
export function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

/** Finds a user by id. */
export function findUserById(db: Executor, id: string) {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** These users' names, addresses, languages and time zones (for e-mails). */
export function listUsersForEmail(db: Executor, ids: string[]) {
  return db.selectFrom("users").select(["id", "name", "email", "locale", "timezone"]).where("id", "in", ids).execute();
}

/** Inserts a user row. */
export async function insertUser(db: Executor, user: UsersTable): Promise<void> {
  await db.insertInto("users").values(user).execute();
}

/** Updates some of a user's columns. */
export async function updateUser(db: Executor, id: string, patch: Partial<UsersTable>): Promise<void> {
  await db.updateTable("users").set(patch).where("id", "=", id).execute();
}

/** Stores a new session by the hash of its token. */
export async function insertSession(
  db: Executor,
  /** Every column, the workspace it is held to (or null) included. */
  session: Required<SessionsTable>,
): Promise<void> {
  await db.insertInto("sessions").values(session).execute();
}

/** Deletes one session. */
export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** Deletes the session with this token hash, if there is one. */
export async function deleteSessionByTokenHash(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("tokenHash", "=", tokenHash).execute();
}

/** Deletes every session of a user. */
export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("userId", "=", userId).execute();
}

/** Deletes the user's sessions held to this workspace (a sign-in through its identity provider). */
export async function deleteSessionsHeldTo(db: Executor, userId: string, organizationId: string): Promise<void> {
  await db.deleteFrom("sessions").where("userId", "=", userId).where("organizationId", "=", organizationId).execute();
}

/** Moves a session's expiry (sliding sessions). */
export async function renewSession(db: Executor, id: string, expiresAtIso: string): Promise<void> {
  await db.updateTable("sessions").set({ expiresAt: expiresAtIso }).where("id", "=", id).execute();
}

/** Records when an API token was last used. */
export async function touchToken(db: Executor, id: string, nowIso: string): Promise<void> {
  await db.updateTable("apiTokens").set({ lastUsedAt: nowIso }).where("id", "=", id).execute();
}

/**
 * Revokes every still-valid API token of the user (a password change ends every credential);
 * returns their ids.
 */
export async function revokeUserTokens(db: Executor, userId: string, nowIso: string): Promise<string[]> {
  const rows = await db
    .updateTable("apiTokens")
    .set({ revokedAt: nowIso })
    .where("userId", "=", userId)
    .where("revokedAt", "is", null)
    .returning("id")
    .execute();
  return rows.map((row) => row.id);
}

/**
 * SQL condition: the credential's person is an active member somewhere and, for a
 * credential held to one workspace, active in that one (ADR 0017).
 */
function activeWhereHeld(
  eb: ExpressionBuilder<Database, "sessions" | "apiTokens" | "users">,
  credential: "sessions" | "apiTokens",
) {
  const base = eb as unknown as ExpressionBuilder<Database, "sessions">;
  const column = <C extends "userId" | "organizationId">(c: C) => `${credential}.${c}` as `sessions.${C}`;
  return base.exists(
    base
      .selectFrom("memberships")
      .select("memberships.userId")
      .whereRef("memberships.userId", "=", column("userId"))
      .where("memberships.status", "=", "active")
      .where((m) =>
        m("memberships.organizationId", "=", m.fn.coalesce(column("organizationId"), "memberships.organizationId")),
      ),
  );
}

/**
 * The user behind a live session, provided they are still active somewhere, and, for a
 * session held to one workspace, active in that one.
 */
export function findSessionActor(db: Db, tokenHash: string, nowIso: string) {
  return db.kysely
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.userId")
    .select([
      "sessions.id as sessionId",
      "sessions.userId",
      "sessions.expiresAt",
      "sessions.createdAt",
      "sessions.organizationId",
      "users.locale",
    ])
    .where("sessions.tokenHash", "=", tokenHash)
    .where("sessions.expiresAt", ">", nowIso)
    .where((eb) => activeWhereHeld(eb, "sessions"))
    .executeTakeFirst();
}

/** The user behind an unrevoked API token, provided they are still active somewhere. */
export function findTokenActor(db: Db, tokenHash: string) {
  return db.kysely
    .selectFrom("apiTokens")
    .innerJoin("users", "users.id", "apiTokens.userId")
    .select([
      "apiTokens.id as tokenId",
      "apiTokens.userId",
      "apiTokens.lastUsedAt",
      "apiTokens.scopes",
      "apiTokens.organizationId",
      "users.locale",
    ])
    .where("apiTokens.tokenHash", "=", tokenHash)
    .where("apiTokens.revokedAt", "is", null)
    .where((eb) => activeWhereHeld(eb, "apiTokens"))
    .executeTakeFirst();
}
