import type { ActionItem, CreateActionItemBody } from "../../../shared/schemas/meetings.js";
import type { Actor, Deps } from "../../context.js";
import { newId } from "../../db/ids.js";
import { forUpdate } from "../../db/locking.js";
import type { ActionItemsTable, OneOnOnesTable } from "../../db/schema.js";
import { AppError, badRequest, conflict, notFound, rethrowAsNotFound } from "../../http/errors.js";
import { presentActionItem } from "../meetings/present-meeting.js";
import { requireMeetingParticipant, requireParticipant } from "../one-on-ones/pair-policy.js";
import { enqueueWebhookEvent } from "../webhooks/webhook-events.js";

function requireOwner(series: OneOnOnesTable, ownerId: string): void {
  if (ownerId !== series.leaderId && ownerId !== series.teammateId) {
    throw badRequest("invalid_owner", "must be one of the two people in this 1:1", "ownerId");
  }
}

async function requireSeriesGoal(deps: Deps, series: OneOnOnesTable, goalId: string | null | undefined): Promise<void> {
  if (!goalId) return;
  const goal = await deps.db.kysely
    .selectFrom("goals")
    .select("oneOnOneId")
    .where("id", "=", goalId)
    .executeTakeFirst();
  if (goal?.oneOnOneId !== series.id) throw badRequest("invalid_goal", "not a goal of this 1:1", "goalId");
}

/** Adds a next step with an owner (either participant) and an optional due date. */
export async function createActionItem(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: CreateActionItemBody,
): Promise<ActionItem> {
  const { meeting, series } = await requireMeetingParticipant(deps, actor, meetingId);
  if (meeting.status === "canceled")
    throw conflict("meeting_canceled", "This meeting was cancelled; add it to the next one");
  requireOwner(series, input.ownerId);
  await requireSeriesGoal(deps, series, input.goalId);
  const now = deps.clock.now().toISOString();
  const row: ActionItemsTable = {
    id: newId(),
    oneOnOneId: series.id,
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
  };
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx.insertInto("actionItems").values(row).execute();
    await enqueueWebhookEvent(trx, deps.clock, series.organizationId, { type: "action.created", action: row });
  });
  // Open actions show in the pair's later meetings too.
  deps.live.publish({ type: "actions.changed", oneOnOneId: series.id, actor });
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
  patch: Partial<Pick<ActionItemsTable, "title" | "ownerId" | "dueDate" | "status" | "goalId">> & {
    baseVersion?: number | undefined;
  },
): Promise<ActionItem> {
  const { baseVersion, ...fields } = patch;
  const seen = await deps.db.kysely.selectFrom("actionItems").selectAll().where("id", "=", actionId).executeTakeFirst();
  if (!seen) throw notFound("Action");
  const { series } = await requireParticipant(deps, actor, seen.oneOnOneId).catch(rethrowAsNotFound("Action"));
  if (fields.ownerId !== undefined) requireOwner(series, fields.ownerId);
  await requireSeriesGoal(deps, series, fields.goalId);
  const now = deps.clock.now().toISOString();
  const updated = await deps.db.kysely.transaction().execute(async (trx) => {
    // Read again under the row lock: the version check and completedAt follow the action as it is now.
    const row = await forUpdate(
      deps.db.engine,
      trx.selectFrom("actionItems").selectAll().where("id", "=", actionId),
    ).executeTakeFirst();
    if (!row) throw notFound("Action");
    if (baseVersion !== undefined && (row.version ?? 0) !== baseVersion) {
      throw versionConflict(presentActionItem(row, null));
    }
    const changes: Partial<ActionItemsTable> = { ...fields, updatedAt: now, version: (row.version ?? 0) + 1 };
    if (fields.status && fields.status !== row.status) changes.completedAt = fields.status === "open" ? null : now;
    await trx.updateTable("actionItems").set(changes).where("id", "=", actionId).execute();
    const action = { ...row, ...changes } as ActionItemsTable;
    if (fields.status === "done" && row.status !== "done") {
      await enqueueWebhookEvent(trx, deps.clock, series.organizationId, { type: "action.done", action });
    }
    return action;
  });
  deps.live.publish({ type: "actions.changed", oneOnOneId: series.id, actor });
  return presentActionItem(updated, null);
}
