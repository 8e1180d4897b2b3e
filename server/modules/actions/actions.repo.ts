import type { Insertable, Updateable } from "kysely";
import type { Db } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { forUpdate } from "../../db/locking.js";
import type { ActionItemsTable } from "../../db/schema.js";

/** The 1:1 a goal belongs to, or undefined when there is no such goal. */
export function findGoalOneOnOne(db: Executor, goalId: string) {
  return db.selectFrom("goals").select("oneOnOneId").where("id", "=", goalId).executeTakeFirst();
}

/** Stores a next step. */
export async function insertActionItem(db: Executor, row: Insertable<ActionItemsTable>): Promise<void> {
  await db.insertInto("actionItems").values(row).execute();
}

/** One next step by id. */
export function findActionItem(db: Executor, actionId: string) {
  return db.selectFrom("actionItems").selectAll().where("id", "=", actionId).executeTakeFirst();
}

/** One next step, its row locked until the transaction ends. */
export function lockActionItem(db: Db, actionId: string) {
  return forUpdate(
    db.engine,
    db.kysely.selectFrom("actionItems").selectAll().where("id", "=", actionId),
  ).executeTakeFirst();
}

/** Changes a next step. */
export async function updateActionItemRow(db: Executor, actionId: string, changes: Updateable<ActionItemsTable>) {
  await db.updateTable("actionItems").set(changes).where("id", "=", actionId).execute();
}
