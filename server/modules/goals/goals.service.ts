import type { Kysely } from "kysely";
import type { CreateGoalBody, CreateGoalProgressBody, Goal } from "../../../shared/schemas/memory.js";
import type { Actor, Deps } from "../../context.js";
import { newId } from "../../db/ids.js";
import type { Database, GoalsTable } from "../../db/schema.js";
import { badRequest, notFound, rethrowAsNotFound } from "../../http/errors.js";
import { requireParticipant } from "../one-on-ones/pair-policy.js";

/** Goals of one or more series with their progress notes and linked-action counts (three queries, no N+1). */
export async function loadGoals(
  db: Kysely<Database>,
  where: { oneOnOneIds: string[]; status?: GoalsTable["status"] },
): Promise<Goal[]> {
  if (where.oneOnOneIds.length === 0) return [];
  let q = db.selectFrom("goals").selectAll().where("oneOnOneId", "in", where.oneOnOneIds);
  if (where.status) q = q.where("status", "=", where.status);
  const goals = await q.orderBy("createdAt").orderBy("id").execute();
  if (goals.length === 0) return [];
  const ids = goals.map((g) => g.id);
  const [progress, actions] = await Promise.all([
    db.selectFrom("goalProgress").selectAll().where("goalId", "in", ids).orderBy("createdAt").execute(),
    db
      .selectFrom("actionItems")
      .select(["goalId", "status", (eb) => eb.fn.countAll<number>().as("n")])
      .where("goalId", "in", ids)
      .groupBy(["goalId", "status"])
      .execute(),
  ]);
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

async function loadOne(deps: Deps, id: string): Promise<Goal> {
  const goal = (await loadGoals(deps.db.kysely, { oneOnOneIds: [(await requireGoalRow(deps, id)).oneOnOneId] })).find(
    (g) => g.id === id,
  );
  if (!goal) throw notFound("Goal");
  return goal;
}

async function requireGoalRow(deps: Deps, id: string) {
  const row = await deps.db.kysely.selectFrom("goals").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("Goal");
  return row;
}

/** A goal of a series the caller takes part in; anyone else gets 404. */
async function requireVisibleGoal(deps: Deps, actor: Actor, id: string) {
  const row = await requireGoalRow(deps, id);
  await requireParticipant(deps, actor, row.oneOnOneId).catch(rethrowAsNotFound("Goal"));
  return row;
}

/** The teammate's development goals in a 1:1 (participants only). */
export async function listGoals(deps: Deps, actor: Actor, oneOnOneId: string): Promise<Goal[]> {
  await requireParticipant(deps, actor, oneOnOneId);
  return loadGoals(deps.db.kysely, { oneOnOneIds: [oneOnOneId] });
}

/** Adds a development goal for the teammate of the 1:1 (either participant may write it down). */
export async function createGoal(deps: Deps, actor: Actor, oneOnOneId: string, input: CreateGoalBody): Promise<Goal> {
  const { series } = await requireParticipant(deps, actor, oneOnOneId);
  const now = deps.clock.now().toISOString();
  const row: GoalsTable = {
    id: newId(),
    oneOnOneId,
    teammateId: series.teammateId,
    title: input.title,
    why: input.why ?? null,
    targetDate: input.targetDate ?? null,
    status: "active",
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  await deps.db.kysely.insertInto("goals").values(row).execute();
  deps.live.publish({ type: "goals.changed", oneOnOneId, actor });
  return loadOne(deps, row.id);
}

/** Changes a goal's wording, target date or status (active, achieved, dropped). */
export async function updateGoal(
  deps: Deps,
  actor: Actor,
  id: string,
  patch: Partial<Pick<GoalsTable, "title" | "why" | "targetDate" | "status">>,
): Promise<Goal> {
  const goal = await requireVisibleGoal(deps, actor, id);
  await deps.db.kysely
    .updateTable("goals")
    .set({ ...patch, updatedAt: deps.clock.now().toISOString() })
    .where("id", "=", id)
    .execute();
  deps.live.publish({ type: "goals.changed", oneOnOneId: goal.oneOnOneId, actor });
  return loadOne(deps, id);
}

/** Records progress on a goal, optionally linked to the meeting where it was discussed. */
export async function addGoalProgress(
  deps: Deps,
  actor: Actor,
  id: string,
  input: CreateGoalProgressBody,
): Promise<Goal> {
  const goal = await requireVisibleGoal(deps, actor, id);
  if (input.meetingId) {
    const meeting = await deps.db.kysely
      .selectFrom("meetings")
      .select("oneOnOneId")
      .where("id", "=", input.meetingId)
      .executeTakeFirst();
    if (meeting?.oneOnOneId !== goal.oneOnOneId)
      throw badRequest("invalid_meeting", "not a meeting of this 1:1", "meetingId");
  }
  await deps.db.kysely
    .insertInto("goalProgress")
    .values({
      id: newId(),
      goalId: id,
      meetingId: input.meetingId ?? null,
      authorId: actor.userId,
      body: input.body,
      createdAt: deps.clock.now().toISOString(),
    })
    .execute();
  deps.live.publish({ type: "goals.changed", oneOnOneId: goal.oneOnOneId, actor });
  return loadOne(deps, id);
}
