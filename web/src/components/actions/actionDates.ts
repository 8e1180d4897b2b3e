import type { ActionItem } from "../../../../shared/schemas/meetings.js";

/** True when an open action's due date is before today (dates compared in the viewer's zone). */
export function isOverdue(action: Pick<ActionItem, "status" | "dueDate">, today: string): boolean {
  return action.status === "open" && action.dueDate !== null && action.dueDate < today;
}

/** True when an open action is due today. */
export function isDueToday(action: Pick<ActionItem, "status" | "dueDate">, today: string): boolean {
  return action.status === "open" && action.dueDate === today;
}

/** Open actions first (overdue, then by due date, undated last), then the closed ones. */
export function sortActions<T extends Pick<ActionItem, "status" | "dueDate" | "createdAt">>(actions: T[]): T[] {
  const rank = (a: T) => (a.status === "open" ? 0 : 1);
  return [...actions].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.dueDate ?? "9999-12-31").localeCompare(b.dueDate ?? "9999-12-31") ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

/** Next steps agreed in this meeting that still count (not dropped): the article's "one or two". */
export function newNextStepCount(actions: Pick<ActionItem, "followUp" | "status">[]): number {
  return actions.filter((a) => !a.followUp && a.status !== "dropped").length;
}
