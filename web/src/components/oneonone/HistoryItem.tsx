import { useId, useState } from "react";
import { Link } from "wouter";
import { markdownToPlain } from "../../../../shared/markdown-plain.js";
import type { MeetingDetail, MeetingListItem } from "../../../../shared/schemas/meetings.js";
import { getMeeting } from "../../api/meetings.js";
import { formatDate, formatDateTime, formatTime } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { todayIn } from "../../time/zonedTime.js";
import { ActionRow } from "../actions/ActionRow.js";
import { Icon } from "../Icon.js";
import { LazyMarkdown } from "../notes/LazyMarkdown.js";
import { ErrorState, LoadingState } from "../States.js";

type Props = { meeting: MeetingListItem; nameOf: (id: string) => string };

/** One past meeting in the timeline; its notes and next steps open in place. */
export function HistoryItem({ meeting, nameOf }: Props) {
  const { t, tn, locale, timeZone } = useI18n();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [detail, setDetail] = useState<MeetingDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const canceled = meeting.status === "canceled";

  const toggle = () => {
    setOpen((v) => !v);
    if (!detail && !open) {
      setError(null);
      getMeeting(meeting.id).then(setDetail, setError);
    }
  };

  const own = detail?.actionItems.filter((a) => !a.followUp) ?? [];
  return (
    <li className={`history-item history-${meeting.status}`}>
      <span className="history-dot" aria-hidden="true">
        <Icon name={canceled ? "x" : "check"} size={14} />
      </span>
      <div className="history-body">
        <p className="history-head">
          <Link href={`/meetings/${meeting.id}`} className="history-date">
            {formatDate(meeting.scheduledAt, locale, timeZone)}
          </Link>
          <span className="muted">{formatTime(meeting.scheduledAt, locale, timeZone)}</span>
          <span className={`badge ${canceled ? "badge-neutral" : "badge-success"}`}>
            {canceled ? t("meeting.status.canceled") : t("meeting.status.completed")}
          </span>
          {meeting.originalScheduledAt ? <span className="badge badge-warning">{t("history.moved")}</span> : null}
          {meeting.editedAfterAt ? <span className="badge badge-neutral">{t("record.editedAfter")}</span> : null}
        </p>
        {canceled && meeting.cancelReason ? (
          <p className="history-reason">{t("history.cancelReason", { reason: meeting.cancelReason })}</p>
        ) : null}
        {meeting.originalScheduledAt && meeting.rescheduleReason ? (
          <p className="history-reason">
            {t("meeting.movedFrom", {
              date: formatDateTime(meeting.originalScheduledAt, locale, timeZone),
              reason: meeting.rescheduleReason,
            })}
          </p>
        ) : null}
        {canceled ? null : (
          <p className="history-counts">
            {meeting.agendaCount > 0
              ? t("agenda.discussedCount", { done: meeting.discussedCount, total: meeting.agendaCount })
              : t("history.noPoints")}
            {" · "}
            {meeting.actionCount > 0 ? tn("history.steps", meeting.actionCount) : t("history.noSteps")}
          </p>
        )}
        {meeting.sharedNotePreview && !open ? (
          <p className="history-preview">{markdownToPlain(meeting.sharedNotePreview)}</p>
        ) : null}
        {canceled ? null : (
          <button
            type="button"
            className="link-button history-toggle"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={toggle}
          >
            {open ? t("history.hide") : t("history.show")}
          </button>
        )}
        {open ? (
          <div id={panelId} className="history-panel">
            {error ? (
              <ErrorState error={error} />
            ) : !detail ? (
              <LoadingState />
            ) : (
              <>
                <h3 className="history-subtitle">{t("notes.shared")}</h3>
                {detail.sharedNote.body.trim() ? (
                  <LazyMarkdown source={detail.sharedNote.body} />
                ) : (
                  <p className="muted">{t("record.noNotes")}</p>
                )}
                {own.length > 0 ? (
                  <>
                    <h3 className="history-subtitle">{t("actions.nextSteps")}</h3>
                    <ul className="action-list">
                      {own.map((action) => (
                        <ActionRow
                          key={action.id}
                          action={action}
                          today={todayIn(timeZone)}
                          context={nameOf(action.ownerId)}
                        />
                      ))}
                    </ul>
                  </>
                ) : null}
                <Link href={`/meetings/${meeting.id}`} className="btn btn-secondary btn-sm history-open">
                  {t("history.open")}
                </Link>
              </>
            )}
          </div>
        ) : null}
      </div>
    </li>
  );
}
