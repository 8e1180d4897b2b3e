import type { ReactNode } from "react";
import { Link } from "wouter";
import { formatDateTime, formatMeetingWhen } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { PresenceBar } from "../../live/PresenceBar.js";
import { theirTime } from "../../time/theirTime.js";
import { Avatar } from "../Avatar.js";
import { Icon } from "../Icon.js";
import { useMeeting } from "./MeetingContext.js";

export type MeetingDialog = "wrapUp" | "cancel" | "reschedule" | "shortcuts" | "startEarly" | null;

type Props = { actions: ReactNode };

/** Who, when and where this meeting stands, with the way back to the 1:1 and the neighbouring meetings. */
export function MeetingHeader({ actions }: Props) {
  const { t, locale, timeZone } = useI18n();
  const { detail, other, live, open } = useMeeting();
  const placeName = (place: string) =>
    place === "notes" ? t("live.place.notes") : (detail.sections.find((s) => s.key === place)?.title ?? place);
  const { meeting, previousMeeting, nextMeeting } = detail;
  const status =
    meeting.status === "completed"
      ? { label: t("meeting.status.completed"), tone: "badge-success" }
      : meeting.status === "canceled"
        ? { label: t("meeting.status.canceled"), tone: "badge-neutral" }
        : meeting.startedAt
          ? { label: t("meeting.status.running"), tone: "badge-warning" }
          : { label: t("meeting.status.scheduled"), tone: "badge-accent" };

  // A held meeting shows when it was held, as its record does; any other when it is planned.
  const shownAt = meeting.status === "completed" && meeting.completedAt ? meeting.completedAt : meeting.scheduledAt;
  const when = formatMeetingWhen(shownAt, locale, timeZone);
  // "5:00 PM your time · 2:00 PM for João" when the other person's clock shows another time.
  const forThem = theirTime(shownAt, locale, timeZone, other.timezone);

  return (
    <header className="meeting-header">
      <nav className="meeting-crumbs" aria-label={t("meeting.crumbs")}>
        <Link href={`/one-on-ones/${detail.oneOnOne.id}`} className="crumb-back">
          <Icon name="chevron-left" size={16} />
          {t("meeting.allOneOnOnes", { name: other.name })}
        </Link>
        <span className="meeting-neighbours">
          {previousMeeting ? (
            <Link href={`/meetings/${previousMeeting.id}`}>
              {t("meeting.previous", {
                date: formatMeetingWhen(previousMeeting.completedAt ?? previousMeeting.scheduledAt, locale, timeZone),
              })}
            </Link>
          ) : null}
          {nextMeeting ? (
            <Link href={`/meetings/${nextMeeting.id}`}>
              {t("meeting.nextLink", { date: formatMeetingWhen(nextMeeting.scheduledAt, locale, timeZone) })}
            </Link>
          ) : null}
        </span>
      </nav>
      <div className="meeting-title-row">
        <Avatar name={other.name} seed={other.id} />
        <div className="meeting-title-text">
          <h1>{t("meeting.title", { name: other.name })}</h1>
          <p className="meeting-meta">
            <span className={`badge ${status.tone}`}>{status.label}</span>
            <span>
              <Icon name="calendar" size={15} />
              <time dateTime={shownAt}>{forThem ? t("timeZone.yourTime", { time: when }) : when}</time>
              {forThem ? (
                <span className="meeting-their-time">
                  {"· "}
                  {t("timeZone.theirTime", { time: forThem, name: other.name })}
                </span>
              ) : null}
            </span>
            <span>
              <Icon name="clock" size={15} />
              {t("common.minutes", { count: meeting.durationMinutes })}
            </span>
            <span>
              <Icon name="layers" size={15} />
              {meeting.templateName}
            </span>
          </p>
          {meeting.originalScheduledAt && meeting.rescheduleReason ? (
            <p className="meeting-moved">
              {t("meeting.movedFrom", {
                date: formatDateTime(meeting.originalScheduledAt, locale, timeZone),
                reason: meeting.rescheduleReason,
              })}
            </p>
          ) : null}
        </div>
        <div className="meeting-actions">{actions}</div>
      </div>
      {open ? (
        <PresenceBar
          live={live}
          other={other}
          placeName={placeName}
          lastSeenAt={detail.presence.find((p) => p.userId === other.id)?.lastSeenAt ?? null}
        />
      ) : null}
    </header>
  );
}
