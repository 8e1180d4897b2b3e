import type { Insertable, Updateable } from "kysely";
import type { Executor } from "../../db/executor.js";
import type { OneOnOnesTable, StandingItemsTable } from "../../db/schema.js";

/** The active memberships of these people, in every workspace. */
export function listActiveMembershipsOf(db: Executor, userIds: string[]) {
  return db
    .selectFrom("memberships")
    .select(["organizationId", "userId"])
    .where("userId", "in", userIds)
    .where("status", "=", "active")
    .execute();
}

/** A 1:1 of this kind between these two people that has not ended, if any. */
export function findOpenOneOnOne(db: Executor, pair: Pick<OneOnOnesTable, "leaderId" | "teammateId" | "kind">) {
  return db
    .selectFrom("oneOnOnes")
    .select("id")
    .where("leaderId", "=", pair.leaderId)
    .where("teammateId", "=", pair.teammateId)
    .where("kind", "=", pair.kind)
    .where("status", "!=", "ended")
    .executeTakeFirst();
}

export async function insertOneOnOne(db: Executor, row: Insertable<OneOnOnesTable>): Promise<void> {
  await db.insertInto("oneOnOnes").values(row).execute();
}

export async function updateOneOnOneRow(db: Executor, id: string, changes: Updateable<OneOnOnesTable>): Promise<void> {
  await db.updateTable("oneOnOnes").set(changes).where("id", "=", id).execute();
}

export function findStandingItem(db: Executor, id: string) {
  return db.selectFrom("standingItems").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertStandingItem(db: Executor, item: StandingItemsTable): Promise<void> {
  await db.insertInto("standingItems").values(item).execute();
}

export async function markStandingItemRemoved(db: Executor, id: string, removedAt: string): Promise<void> {
  await db.updateTable("standingItems").set({ removedAt }).where("id", "=", id).execute();
}

/** Takes a standing item off a meeting's agenda, unless it was already discussed. */
export async function deleteUndiscussedStandingAgendaItem(
  db: Executor,
  meetingId: string,
  standingItemId: string,
): Promise<void> {
  await db
    .deleteFrom("agendaItems")
    .where("meetingId", "=", meetingId)
    .where("standingItemId", "=", standingItemId)
    .where("discussed", "=", 0)
    .execute();
}
