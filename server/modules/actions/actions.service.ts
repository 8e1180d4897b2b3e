import type { Selectable, Updateable } from "kysely";
import type { ActionItem, CreateActionItemBody } from "../../../shared/schemas/meetings.js";
import type { Actor, Deps } from "../../context.js";
import { withTransaction } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import type { ActionItemsTable, OneOnOnesTable } from "../../db/schema.js";
import { AppError, badRequest, notFound, rethrowAsNotFound } from "../../http/errors.js";
import { loadMeetingState, phaseOf, requireAbility, requireMeetingAbility } from "../meetings/meeting-policy.js";
import { markEditedAfterMeeting } from "../meetings/meeting-state.repo.js";
import { requireMeetingParticipant } from "../one-on-ones/pair-policy.js";
import { presentActionItem } from "../one-on-ones/present-action-item.js";
import { enqueueWebhookEvent } from "../webhooks/webhook-events.js";
import {
  findActionItem,
  findGoalOneOnOne,
  insertActionItem,
  lockActionItem,
  updateActionItemRow,
} from "./actions.repo.js";

function requireOwner(oneOnOne: Selectable<OneOnOnesTable>, ownerId: string): void {
  if (ownerId !== oneOnOne.leaderId && ownerId !== oneOnOne.teammateId) {
    throw badRequest("invalid_owner", "must be one of the two people in this 1:1", "ownerId");
  }
}

async function requireOneOnOneGoal(
  deps: Deps,
  oneOnOne: Selectable<OneOnOnesTable>,
  goalId: string | null | undefined,
): Promise<void> {
  if (!goalId) return;
  const goal = await findGoalOneOnOne(deps.db.kysely, goalId);
  if (goal?.oneOnOneId !== oneOnOne.id) throw badRequest("invalid_goal", "not a goal of this 1:1", "goalId");
}

/** Adds a next step with an owner (either participant) and an optional due date. */
export async function createActionItem(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: CreateActionItemBody,
): Promise<ActionItem> {
  const { meeting, oneOnOne } = await requireMeetingAbility(deps, actor, meetingId, "addAction");
  requireOwner(oneOnOne, input.ownerId);
  await requireOneOnOneGoal(deps, oneOnOne, input.goalId);
  const now = deps.clock.now().toISOString();
  const row: Selectable<ActionItemsTable> = {
    id: newId(),
    oneOnOneId: oneOnOne.id,
    meetingId: meeting.id,
    ownerId: input.ownerId,
    title: input.title,
    dueDate: input.dueDate ?? null,
    status: "open",
    completedAt: null,
    goalId: input.goalId ?? null,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
    version: 0,
  };
  await withTransaction(deps, async (deps) => {
    await insertActionItem(deps.db.kysely, row);
    if (meeting.status === "completed") await markEditedAfterMeeting(deps.db.kysely, meeting.id, now);
    await enqueueWebhookEvent(deps.db.kysely, deps.clock, oneOnOne.organizationId, {
      type: "action.created",
      action: row,
    });
  });
  // Open actions show in the pair's later meetings too.
  deps.live.publish({ type: "actions.changed", oneOnOneId: oneOnOne.id, actor });
  return presentActionItem(row, meeting.id);
}

/** A change based on a version the action has moved past; the answer carries the action as it is. */
const versionConflict = (current: ActionItem) =>
  new AppError(409, "version_conflict", "The action changed since you loaded it", {}, { current });

/**
 * Changes a next step; done or dropped records when it was closed. Only the
 * fields given change, on top of the action as it is when the change applies;
 * with `baseVersion`, only if nobody changed it since (409 otherwise).
 */
export async function updateActionItem(
  deps: Deps,
  actor: Actor,
  actionId: string,
  patch: Partial<Pick<Selectable<ActionItemsTable>, "title" | "ownerId" | "dueDate" | "status" | "goalId">> & {
    baseVersion?: number | undefined;
  },
): Promise<ActionItem> {
  const { baseVersion, ...fields } = patch;
  const seen = await findActionItem(deps.db.kysely, actionId);
  if (!seen) throw notFound("Action");
  const { meeting, oneOnOne, role } = await requireMeetingParticipant(deps, actor, seen.meetingId).catch(
    rethrowAsNotFound("Action"),
  );
  const state = await loadMeetingState(deps.db.kysely, meeting);
  requireAbility(role, "updateAction", state);
  // Rewording, reassigning or re-dating a next step of a held meeting amends its record;
  // doing or dropping it later is follow-up work, not an edit of the meeting.
  const amends = phaseOf(state) === "held" && ["title", "ownerId", "dueDate"].some((key) => key in fields);
  if (fields.ownerId !== undefined) requireOwner(oneOnOne, fields.ownerId);
  await requireOneOnOneGoal(deps, oneOnOne, fields.goalId);
  const now = deps.clock.now().toISOString();
  const updated = await withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    // Read again under the row lock: the version check and completedAt follow the action as it is now.
    const row = await lockActionItem(deps.db, actionId);
    if (!row) throw notFound("Action");
    if (baseVersion !== undefined && row.version !== baseVersion) {
      throw versionConflict(presentActionItem(row, null));
    }
    const changes: Updateable<ActionItemsTable> = { ...fields, updatedAt: now, version: row.version + 1 };
    if (fields.status && fields.status !== row.status) changes.completedAt = fields.status === "open" ? null : now;
    await updateActionItemRow(trx, actionId, changes);
    if (amends) await markEditedAfterMeeting(trx, meeting.id, now);
    const action = { ...row, ...changes } as Selectable<ActionItemsTable>;
    if (fields.status === "done" && row.status !== "done") {
      await enqueueWebhookEvent(trx, deps.clock, oneOnOne.organizationId, { type: "action.done", action });
    }
    return action;
  });
  deps.live.publish({ type: "actions.changed", oneOnOneId: oneOnOne.id, actor });
  return presentActionItem(updated, null);
}
