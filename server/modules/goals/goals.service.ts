import type { CreateGoalBody, CreateGoalProgressBody, Goal } from "../../../shared/schemas/memory.js";
import type { Actor, Deps } from "../../context.js";
import { newId } from "../../db/ids.js";
import type { GoalsTable } from "../../db/schema.js";
import { badRequest, notFound, rethrowAsNotFound } from "../../http/errors.js";
import { loadGoals } from "../one-on-ones/one-on-one-goals.js";
import { requireParticipant } from "../one-on-ones/pair-policy.js";
import { findGoal, findMeetingOneOnOneId, insertGoal, insertGoalProgress, updateGoalRow } from "./goals.repo.js";

async function loadOne(deps: Deps, id: string): Promise<Goal> {
  const goal = (await loadGoals(deps.db.kysely, { oneOnOneIds: [(await requireGoalRow(deps, id)).oneOnOneId] })).find(
    (g) => g.id === id,
  );
  if (!goal) throw notFound("Goal");
  return goal;
}

async function requireGoalRow(deps: Deps, id: string) {
  const row = await findGoal(deps.db.kysely, id);
  if (!row) throw notFound("Goal");
  return row;
}

/** A goal of a 1:1 the caller takes part in; anyone else gets 404. */
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
  const { oneOnOne } = await requireParticipant(deps, actor, oneOnOneId);
  const now = deps.clock.now().toISOString();
  const row: GoalsTable = {
    id: newId(),
    oneOnOneId,
    teammateId: oneOnOne.teammateId,
    title: input.title,
    why: input.why ?? null,
    targetDate: input.targetDate ?? null,
    status: "active",
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  await insertGoal(deps.db.kysely, row);
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
  await updateGoalRow(deps.db.kysely, id, { ...patch, updatedAt: deps.clock.now().toISOString() });
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
    if ((await findMeetingOneOnOneId(deps.db.kysely, input.meetingId)) !== goal.oneOnOneId)
      throw badRequest("invalid_meeting", "not a meeting of this 1:1", "meetingId");
  }
  await insertGoalProgress(deps.db.kysely, {
    id: newId(),
    goalId: id,
    meetingId: input.meetingId ?? null,
    authorId: actor.userId,
    body: input.body,
    createdAt: deps.clock.now().toISOString(),
  });
  deps.live.publish({ type: "goals.changed", oneOnOneId: goal.oneOnOneId, actor });
  return loadOne(deps, id);
}
