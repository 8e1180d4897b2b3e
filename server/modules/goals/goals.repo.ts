import type { Executor } from "../../db/executor.js";
import type { GoalProgressTable, GoalsTable } from "../../db/schema.js";

export function findGoal(db: Executor, id: string) {
  return db.selectFrom("goals").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertGoal(db: Executor, row: GoalsTable): Promise<void> {
  await db.insertInto("goals").values(row).execute();
}

export async function updateGoalRow(db: Executor, id: string, patch: Partial<GoalsTable>): Promise<void> {
  await db.updateTable("goals").set(patch).where("id", "=", id).execute();
}

/** The 1:1 a meeting belongs to, or undefined. */
export async function findMeetingOneOnOneId(db: Executor, meetingId: string) {
  const row = await db.selectFrom("meetings").select("oneOnOneId").where("id", "=", meetingId).executeTakeFirst();
  return row?.oneOnOneId;
}

export async function insertGoalProgress(db: Executor, row: GoalProgressTable): Promise<void> {
  await db.insertInto("goalProgress").values(row).execute();
}
