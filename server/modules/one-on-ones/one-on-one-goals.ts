import type { Goal } from "../../../shared/schemas/memory.js";
import type { Executor } from "../../db/executor.js";
import type { GoalsTable } from "../../db/schema.js";
import { countGoalActions, listGoalProgress, listGoalsOfOneOnOne } from "./one-on-one-goals.repo.js";

/** Goals of one or more 1:1 with their progress notes and linked-action counts (three queries, no N+1). */
export async function loadGoals(
  db: Executor,
  where: { oneOnOneIds: string[]; status?: GoalsTable["status"] },
): Promise<Goal[]> {
  if (where.oneOnOneIds.length === 0) return [];
  const goals = await listGoalsOfOneOnOne(db, where);
  if (goals.length === 0) return [];
  const ids = goals.map((g) => g.id);
  const [progress, actions] = await Promise.all([listGoalProgress(db, ids), countGoalActions(db, ids)]);
  return goals.map((g) => {
    const mine = actions.filter((a) => a.goalId === g.id);
    return {
      id: g.id,
      oneOnOneId: g.oneOnOneId,
      teammateId: g.teammateId,
      title: g.title,
      why: g.why,
      targetDate: g.targetDate,
      status: g.status,
      createdAt: g.createdAt,
      updatedAt: g.updatedAt,
      progress: progress
        .filter((p) => p.goalId === g.id)
        .map((p) => ({ id: p.id, meetingId: p.meetingId, authorId: p.authorId, body: p.body, createdAt: p.createdAt })),
      actionCount: mine.reduce((sum, a) => sum + Number(a.n), 0),
      doneActionCount: mine.filter((a) => a.status === "done").reduce((sum, a) => sum + Number(a.n), 0),
    };
  });
}
