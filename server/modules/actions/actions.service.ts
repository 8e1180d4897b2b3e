import type { ActionItem } from "../../../shared/schemas/meetings.js";
import type { Actor, Deps } from "../../context.js";
import { newId } from "../../db/ids.js";
import type { ActionItemsTable, OneOnOnesTable } from "../../db/schema.js";
import { badRequest, conflict, notFound } from "../../http/errors.js";
import { presentActionItem } from "../meetings/present-meeting.js";
import { requireMeetingParticipant, requireParticipant } from "../one-on-ones/pair-policy.js";
import { enqueueWebhookEvent } from "../webhooks/webhook-events.js";

function requireOwner(series: OneOnOnesTable, ownerId: string): void {
  if (ownerId !== series.leaderId && ownerId !== series.teammateId) {
    throw badRequest("invalid_owner", "ownerId: must be one of the two people in this 1:1");
  }
}

async function requireSeriesGoal(deps: Deps, series: OneOnOnesTable, goalId: string | null | undefined): Promise<void> {
  if (!goalId) return;
  const goal = await deps.db.kysely
    .selectFrom("goals")
    .select("oneOnOneId")
    .where("id", "=", goalId)
    .executeTakeFirst();
  if (goal?.oneOnOneId !== series.id) throw badRequest("invalid_goal", "goalId: not a goal of this 1:1");
}

/** Adds a next step with an owner (either participant) and an optional due date. */
export async function createActionItem(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: { title: string; ownerId: string; dueDate?: string | null | undefined; goalId?: string | null | undefined },
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

/** Changes a next step; done or dropped records when it was closed. */
export async function updateActionItem(
  deps: Deps,
  actor: Actor,
  actionId: string,
  patch: Partial<Pick<ActionItemsTable, "title" | "ownerId" | "dueDate" | "status" | "goalId">>,
): Promise<ActionItem> {
  const row = await deps.db.kysely.selectFrom("actionItems").selectAll().where("id", "=", actionId).executeTakeFirst();
  if (!row) throw notFound("Action");
  const { series } = await requireParticipant(deps, actor, row.oneOnOneId).catch(() => {
    throw notFound("Action");
  });
  if (patch.ownerId !== undefined) requireOwner(series, patch.ownerId);
  await requireSeriesGoal(deps, series, patch.goalId);
  const now = deps.clock.now().toISOString();
  const changes: Partial<ActionItemsTable> = { ...patch, updatedAt: now };
  if (patch.status && patch.status !== row.status) changes.completedAt = patch.status === "open" ? null : now;
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx.updateTable("actionItems").set(changes).where("id", "=", actionId).execute();
    if (patch.status === "done" && row.status !== "done") {
      const action = { ...row, ...changes } as ActionItemsTable;
      await enqueueWebhookEvent(trx, deps.clock, series.organizationId, { type: "action.done", action });
    }
  });
  deps.live.publish({ type: "actions.changed", oneOnOneId: series.id, actor });
  return presentActionItem({ ...row, ...changes } as ActionItemsTable, null);
}
