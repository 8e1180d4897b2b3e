import type { Insertable, Selectable } from "kysely";
import type { Executor } from "../../db/executor.js";
import type { InvitationsTable } from "../../db/schema.js";
import { NO_PASSWORD } from "../auth/passwords.js";

/** Stores an invitation. */
export async function insertInvitation(db: Executor, row: Insertable<InvitationsTable>): Promise<void> {
  await db.insertInto("invitations").values(row).execute();
}

/**
 * Pending invitations of an organization, newest first: unused, unrevoked and unexpired — and the
 * unused set-password links of imported accounts even once expired, so that admins can resend them.
 */
export function listPendingInvitations(db: Executor, organizationId: string, nowIso: string) {
  return db
    .selectFrom("invitations")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .where("acceptedAt", "is", null)
    .where("revokedAt", "is", null)
    .where((eb) => eb.or([eb("expiresAt", ">", nowIso), eb("purpose", "=", "set_password")]))
    .orderBy("createdAt", "desc")
    .execute();
}

/** How many people are active in the organization. */
export async function countActiveMembers(db: Executor, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("organizationId", "=", organizationId)
    .where("status", "=", "active")
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Revokes pending invitations: one by id, or all for an e-mail. Returns how many. */
export async function revokePendingInvitations(
  db: Executor,
  organizationId: string,
  match: { id: string } | { email: string },
  nowIso: string,
): Promise<number> {
  let query = db
    .updateTable("invitations")
    .set({ revokedAt: nowIso })
    .where("organizationId", "=", organizationId)
    .where("acceptedAt", "is", null)
    .where("revokedAt", "is", null);
  query = "id" in match ? query.where("id", "=", match.id) : query.where("email", "=", match.email);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** An invitation by the hash of its token if unused, unrevoked and unexpired, with its organization and inviter (and the inviter's membership there). */
export function findUsableInvitation(db: Executor, tokenHash: string, nowIso: string) {
  return db
    .selectFrom("invitations")
    .innerJoin("organizations", "organizations.id", "invitations.organizationId")
    .innerJoin("users as inviter", "inviter.id", "invitations.invitedBy")
    .leftJoin("memberships as vouching", (join) =>
      join
        .onRef("vouching.organizationId", "=", "invitations.organizationId")
        .onRef("vouching.userId", "=", "invitations.invitedBy"),
    )
    .selectAll("invitations")
    .select([
      "organizations.name as organizationName",
      "organizations.defaultLocale",
      "organizations.defaultTimezone",
      "inviter.name as inviterName",
      "vouching.role as inviterRole",
      "vouching.status as inviterStatus",
    ])
    .where("invitations.tokenHash", "=", tokenHash)
    .where("invitations.acceptedAt", "is", null)
    .where("invitations.revokedAt", "is", null)
    .where("invitations.expiresAt", ">", nowIso)
    .executeTakeFirst();
}

/** Marks an invitation used; false if someone else used it first. */
export async function markInvitationAccepted(db: Executor, id: string, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ acceptedAt: nowIso })
    .where("id", "=", id)
    .where("acceptedAt", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets an imported account's first password (and name), only while it has none; false if it has one by now. */
export async function setFirstPassword(
  db: Executor,
  userId: string,
  values: { passwordHash: string; name?: string },
  nowIso: string,
): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ ...values, updatedAt: nowIso })
    .where("id", "=", userId)
    .where("passwordHash", "=", NO_PASSWORD)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A new link for a pending invitation: its token, expiry and who vouches for it now. */
export async function renewInvitationLink(
  db: Executor,
  id: string,
  link: Pick<Selectable<InvitationsTable>, "tokenHash" | "expiresAt" | "invitedBy">,
): Promise<void> {
  await db.updateTable("invitations").set(link).where("id", "=", id).execute();
}

/** What an invitation e-mail names: the workspace (and its defaults) and the inviter. */
export function findInvitationEmailContext(db: Executor, organizationId: string, inviterId: string) {
  return db
    .selectFrom("organizations")
    .innerJoin("users", (join) => join.on("users.id", "=", inviterId))
    .select([
      "organizations.name as organizationName",
      "organizations.defaultLocale",
      "organizations.defaultTimezone",
      "users.name as inviterName",
    ])
    .where("organizations.id", "=", organizationId)
    .executeTakeFirstOrThrow();
}

/** Active members, by e-mail, whose account has no password yet (imported accounts). */
export function listMembersAwaitingFirstPassword(db: Executor) {
  return db
    .selectFrom("users")
    .innerJoin("memberships", "memberships.userId", "users.id")
    .select([
      "users.id",
      "users.email",
      "users.name",
      "memberships.organizationId",
      "memberships.role",
      "memberships.managerId",
    ])
    .where("users.passwordHash", "=", NO_PASSWORD)
    .where("memberships.status", "=", "active")
    .orderBy("users.email")
    .execute();
}
