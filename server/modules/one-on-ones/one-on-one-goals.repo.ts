import type { Executor } from "../../db/executor.js";
import type { GoalsTable } from "../../db/schema.js";

/** The goals of these 1:1, oldest first (a 1:1 shows its goals, so they are read here, below the goals module). */
export function listGoalsOfOneOnOne(db: Executor, where: { oneOnOneIds: string[]; status?: GoalsTable["status"] }) {
  let q = db.selectFrom("goals").selectAll().where("oneOnOneId", "in", where.oneOnOneIds);
  if (where.status) q = q.where("status", "=", where.status);
  return q.orderBy("createdAt").orderBy("id").execute();
}

/** The progress notes of these goals, oldest first. */
export function listGoalProgress(db: Executor, goalIds: string[]) {
  return db.selectFrom("goalProgress").selectAll().where("goalId", "in", goalIds).orderBy("createdAt").execute();
}

/** How many actions are linked to each of these goals, by status. */
export function countGoalActions(db: Executor, goalIds: string[]) {
  return db
    .selectFrom("actionItems")
    .select(["goalId", "status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("goalId", "in", goalIds)
    .groupBy(["goalId", "status"])
    .execute();
}
