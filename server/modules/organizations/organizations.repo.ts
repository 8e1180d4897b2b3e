import type { Insertable } from "kysely";
import type { Executor } from "../../db/executor.js";
import type { MembershipPeriodsTable, MembershipsTable, OrganizationsTable } from "../../db/schema.js";

/** Inserts an organization. */
export async function insertOrganization(db: Executor, org: Insertable<OrganizationsTable>): Promise<void> {
  await db.insertInto("organizations").values(org).execute();
}

/** Inserts a membership. */
export async function insertMembership(db: Executor, membership: Insertable<MembershipsTable>): Promise<void> {
  await db.insertInto("memberships").values(membership).execute();
}

/** Finds an organization by id. */
export function findOrganization(db: Executor, id: string) {
  return db.selectFrom("organizations").selectAll().where("id", "=", id).executeTakeFirst();
}

/** A user's memberships with their organizations, in one query. */
export function listMembershipsOfUser(db: Executor, userId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organizationId")
    .select([
      "organizations.id",
      "organizations.name",
      "organizations.defaultLocale",
      "organizations.defaultTimezone",
      "organizations.createdAt",
      "memberships.role",
      "memberships.managerId",
      "memberships.status",
    ])
    .where("memberships.userId", "=", userId)
    .orderBy("organizations.name")
    .execute();
}

/** One user's membership in one organization. */
export function findMembership(db: Executor, organizationId: string, userId: string) {
  return db
    .selectFrom("memberships")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .where("userId", "=", userId)
    .executeTakeFirst();
}

/** The active owners of every workspace. */
export function listOwnersOfEveryWorkspace(db: Executor) {
  return db
    .selectFrom("memberships")
    .select(["organizationId", "userId"])
    .where("role", "=", "owner")
    .where("status", "=", "active")
    .execute();
}

/** Whether the user is still an active member of some workspace. */
export async function isActiveSomewhere(db: Executor, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("memberships")
    .select("organizationId")
    .where("userId", "=", userId)
    .where("status", "=", "active")
    .executeTakeFirst();
  return row !== undefined;
}

/** Records a finished active period of a membership. */
export async function insertMembershipPeriod(db: Executor, period: MembershipPeriodsTable): Promise<void> {
  await db.insertInto("membershipPeriods").values(period).execute();
}

/** Starts a membership's current active period. */
export async function setActiveSince(db: Executor, organizationId: string, userId: string, at: string): Promise<void> {
  await db
    .updateTable("memberships")
    .set({ activeSince: at })
    .where("organizationId", "=", organizationId)
    .where("userId", "=", userId)
    .execute();
}
