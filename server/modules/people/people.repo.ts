import type { Engine } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { forUpdate } from "../../db/locking.js";
import type { MembershipsTable } from "../../db/schema.js";

const personColumns = [
  "memberships.userId",
  "users.name",
  "users.email",
  "memberships.role",
  "memberships.managerId",
  "memberships.status",
  "memberships.createdAt as joinedAt",
] as const;

/** Everyone in the organization, by name, in one query. */
export function listPeople(db: Executor, organizationId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.userId")
    .select(personColumns)
    .where("memberships.organizationId", "=", organizationId)
    .orderBy("users.name")
    .orderBy("memberships.userId")
    .execute();
}

/** One person of the organization. */
export function findPerson(db: Executor, organizationId: string, userId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.userId")
    .select(personColumns)
    .where("memberships.organizationId", "=", organizationId)
    .where("memberships.userId", "=", userId)
    .executeTakeFirst();
}

/** Every reporting line of the organization, for cycle checks. */
export function listReportingLines(db: Executor, organizationId: string) {
  return db
    .selectFrom("memberships")
    .select(["userId", "managerId"])
    .where("organizationId", "=", organizationId)
    .execute();
}

/** The organization's owners, locked so two demotions cannot both pass the last-owner check. */
export function lockOwners(db: Executor, engine: Engine, organizationId: string) {
  return forUpdate(
    engine,
    db
      .selectFrom("memberships")
      .select(["userId", "status"])
      .where("organizationId", "=", organizationId)
      .where("role", "=", "owner"),
  ).execute();
}

/** Changes a membership. */
export async function updateMembership(
  db: Executor,
  organizationId: string,
  userId: string,
  patch: Partial<Pick<MembershipsTable, "role" | "managerId" | "status" | "updatedAt">>,
): Promise<void> {
  await db
    .updateTable("memberships")
    .set(patch)
    .where("organizationId", "=", organizationId)
    .where("userId", "=", userId)
    .execute();
}
