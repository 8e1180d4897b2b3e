import { useState } from "react";
import { Link } from "wouter";
import { errorMessage } from "../../api/errorMessage.js";
import { rateMeeting } from "../../api/meetings.js";
import { formatDateTime, formatMeetingWhen } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { LazyMarkdown } from "../notes/LazyMarkdown.js";
import { useToast } from "../Toasts.js";
import { FollowUps } from "./FollowUps.js";
import { useMeeting } from "./MeetingContext.js";
import { NextSteps } from "./NextSteps.js";
import { RatingField } from "./RatingField.js";
import { RatingSharingField } from "./RatingSharingField.js";
import { SectionCard } from "./SectionCard.js";

function NoteBlock({
  title,
  body,
  empty,
  isPrivate = false,
}: {
  title: string;
  body: string;
  empty: string;
  isPrivate?: boolean;
}) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-label={title}>
      <div className="panel-header">
        <h2>
          <Icon name={isPrivate ? "lock" : "note"} />
          {title}
        </h2>
      </div>
      {isPrivate ? <p className="private-label">{t("notes.privateLabel")}</p> : null}
      {body.trim() ? <LazyMarkdown source={body} /> : <p className="panel-empty">{empty}</p>}
    </section>
  );
}

/** A held or cancelled meeting, read-only: what was said, ticked, agreed and how useful it was. */
export function MeetingRecord() {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const { detail, reload, abilities } = useMeeting();
  const [rating, setRating] = useState(detail.myRating);
  const { meeting, nextMeeting } = detail;
  const canceled = meeting.status === "canceled";
  const points = detail.agendaItems;
  const discussed = points.filter((p) => p.discussed).length;

  const rate = async (score: number) => {
    const before = rating;
    setRating(score);
    try {
      await rateMeeting(meeting.id, score);
      toast.success(t("rating.saved"));
    } catch (error) {
      setRating(before);
      toast.error(errorMessage(t, error));
      reload();
    }
  };

  return (
    <>
      <div className={`callout ${canceled ? "callout-warning" : "callout-success"} record-banner`}>
        <Icon name={canceled ? "alert" : "check-circle"} />
        <div>
          <p className="callout-title">
            {canceled
              ? t("record.canceled", { reason: meeting.cancelReason ?? "" })
              : t("record.held", {
                  date: formatDateTime(meeting.completedAt ?? meeting.scheduledAt, locale, timeZone),
                })}
          </p>
          <p>
            {canceled
              ? t("record.canceledText")
              : points.length > 0
                ? t("record.discussed", { done: discussed, total: points.length })
                : t("record.noPoints")}
          </p>
        </div>
        {nextMeeting && nextMeeting.status === "scheduled" ? (
          <Link href={`/meetings/${nextMeeting.id}`} className="btn btn-primary btn-sm record-next">
            {t("record.next", { date: formatMeetingWhen(nextMeeting.scheduledAt, locale, timeZone) })}
            <Icon name="chevron" size={16} />
          </Link>
        ) : null}
      </div>
      <div className="meeting-layout">
        <div className="meeting-main">
          {detail.sections.map((section, index) => (
            <SectionCard key={section.key} section={section} number={index + 1} mode="record" />
          ))}
        </div>
        <aside className="meeting-side" aria-label={t("record.side")}>
          {abilities.rate ? (
            <section className="panel">
              <RatingField name="record-rating" value={rating} onChange={(score) => void rate(score)} />
              <RatingSharingField
                oneOnOneId={detail.oneOnOne.id}
                sharing={detail.ratingSharing}
                leaderName={detail.oneOnOne.leader.name}
                teammateName={detail.oneOnOne.teammate.name}
              />
            </section>
          ) : null}
          <NoteBlock title={t("notes.shared")} body={detail.sharedNote.body} empty={t("record.noNotes")} />
          <NextSteps canAdd={abilities.addAction} />
          <FollowUps />
          <NoteBlock
            title={t("notes.private")}
            body={detail.myPrivateNote.body}
            empty={t("record.noPrivate")}
            isPrivate
          />
        </aside>
      </div>
    </>
  );
}
