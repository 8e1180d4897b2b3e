import type { Selectable } from "kysely";
import type { ActionItem } from "../../../shared/schemas/meetings.js";
import type { ActionItemsTable } from "../../db/schema.js";

/** The public view of an action item; `followUp` when it came from an earlier meeting than `meetingId`. */
export function presentActionItem(row: Selectable<ActionItemsTable>, meetingId: string | null): ActionItem {
  return {
    id: row.id,
    oneOnOneId: row.oneOnOneId,
    meetingId: row.meetingId,
    ownerId: row.ownerId,
    title: row.title,
    dueDate: row.dueDate,
    status: row.status,
    completedAt: row.completedAt,
    createdAt: row.createdAt,
    followUp: meetingId !== null && row.meetingId !== meetingId,
    goalId: row.goalId,
    version: row.version,
  };
}
