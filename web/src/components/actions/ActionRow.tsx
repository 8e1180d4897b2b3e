import { type ReactNode, useId } from "react";
import type { ActionItem } from "../../../../shared/schemas/meetings.js";
import { formatPlainDate } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { isDueToday, isOverdue } from "./actionDates.js";

type ActionRowProps = {
  action: Pick<ActionItem, "id" | "title" | "status" | "dueDate">;
  /** Today in the viewer's zone (YYYY-MM-DD), for overdue marks. */
  today: string;
  /** Who owns it or whom it is with, already worded. */
  context?: ReactNode;
  onToggle?: (done: boolean) => void;
  /** Extra controls on the right (edit, drop). */
  controls?: ReactNode;
  /** Shown under the row, e.g. an edit form. */
  children?: ReactNode;
};

/** One next step: a done checkbox labelled by its title, who owns it, and when it is due. */
export function ActionRow({ action, today, context, onToggle, controls, children }: ActionRowProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const overdue = isOverdue(action, today);
  const dueToday = isDueToday(action, today);
  const closed = action.status !== "open";
  return (
    <li
      className={`action-row${overdue ? " action-row-overdue" : ""}${closed ? " action-row-closed" : ""}${action.status === "dropped" ? " action-row-dropped" : ""}`}
    >
      <div className="action-main">
        <input
          id={id}
          type="checkbox"
          className="check"
          checked={action.status === "done"}
          disabled={!onToggle || action.status === "dropped"}
          onChange={(event) => onToggle?.(event.target.checked)}
          aria-describedby={`${id}-meta`}
        />
        <div className="action-text">
          <label htmlFor={id} className="action-title">
            {action.title}
          </label>
          <p id={`${id}-meta`} className="action-meta">
            {context ? <span>{context}</span> : null}
            {action.status === "dropped" ? (
              <span className="badge badge-neutral">{t("actions.dropped")}</span>
            ) : overdue ? (
              <span className="badge badge-danger">
                {t("actions.overdueSince", { date: formatPlainDate(action.dueDate ?? "", locale) })}
              </span>
            ) : dueToday ? (
              <span className="badge badge-warning">{t("actions.dueToday")}</span>
            ) : action.dueDate ? (
              <span>{t("actions.due", { date: formatPlainDate(action.dueDate, locale) })}</span>
            ) : null}
          </p>
        </div>
        {controls ? <div className="action-controls">{controls}</div> : null}
      </div>
      {children}
    </li>
  );
}
