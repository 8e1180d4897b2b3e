import { useEffect, useState } from "react";
import { Link } from "wouter";
import { SHARED_NOTE_TEXT } from "../../../../shared/live-protocol.js";
import { errorMessage } from "../../api/errorMessage.js";
import { rateMeeting, sendAmendedRecap } from "../../api/meetings.js";
import { formatDateTime, formatMeetingWhen } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { SharedNotes } from "../../live/SharedNotes.js";
import type { LiveMeeting } from "../../live/useLiveMeeting.js";
import { Icon } from "../Icon.js";
import { LazyMarkdown } from "../notes/LazyMarkdown.js";
import { useToast } from "../Toasts.js";
import { FollowUps } from "./FollowUps.js";
import { useMeeting } from "./MeetingContext.js";
import { NextSteps } from "./NextSteps.js";
import { PrivateNotePanel } from "./PrivateNotePanel.js";
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

/**
 * A held or cancelled meeting: what was said, ticked, agreed and how useful it was. Until the
 * next meeting starts, both can still amend the shared notes, next steps and ticks (the server's
 * abilities say so), and send an amended recap; my private note stays mine to edit.
 */
/** After the server has stored it (each change is stored as it arrives); a burst of typing reloads once. */
const AMENDED_RELOAD_MS = 1500;

/**
 * The first change to a held meeting's shared notes (by either person) makes it "edited after the meeting":
 * the record then fetches the meeting again, so the badge and "Send amended recap" appear without a reload.
 */
function useReloadOnFirstAmendment(live: LiveMeeting | null, amended: boolean, reload: () => void) {
  // Changes count once the document is in sync: its first load is not an amendment.
  const doc = live?.synced && !amended ? live.doc : null;
  useEffect(() => {
    if (!doc) return;
    const text = doc.getText(SHARED_NOTE_TEXT);
    let timer: number | undefined;
    const changed = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(reload, AMENDED_RELOAD_MS);
    };
    text.observe(changed);
    return () => {
      text.unobserve(changed);
      window.clearTimeout(timer);
    };
  }, [doc, reload]);
}

export function MeetingRecord() {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const { detail, reload, abilities, live } = useMeeting();
  const [rating, setRating] = useState(detail.myRating);
  const { meeting, nextMeeting } = detail;
  const canceled = meeting.status === "canceled";
  const points = detail.agendaItems;
  const discussed = points.filter((p) => p.discussed).length;
  useReloadOnFirstAmendment(canceled ? null : live, meeting.editedAfterAt !== null, reload);

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

  const resend = async () => {
    try {
      await sendAmendedRecap(meeting.id);
      toast.success(t("record.amendedRecapSent"));
    } catch (error) {
      toast.error(errorMessage(t, error));
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
          {meeting.editedAfterAt ? (
            <p>
              <span className="badge badge-neutral record-edited-after">{t("record.editedAfter")}</span>
            </p>
          ) : null}
          {abilities.writeSharedNote ? <p className="record-amendable">{t("record.amendable")}</p> : null}
          {abilities.sendAmendedRecap && meeting.editedAfterAt ? (
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => void resend()}>
              <Icon name="mail" size={16} />
              {t("record.sendAmendedRecap")}
            </button>
          ) : null}
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
          {abilities.writeSharedNote ? (
            <div className="panel">
              <SharedNotes live={live} readOnly={false} />
            </div>
          ) : (
            <NoteBlock title={t("notes.shared")} body={detail.sharedNote.body} empty={t("record.noNotes")} />
          )}
          <NextSteps canAdd={abilities.addAction} />
          <FollowUps />
          {abilities.writePrivateNote ? (
            <PrivateNotePanel placeholder={t("notes.privatePlaceholder")} rows={4} />
          ) : (
            <NoteBlock
              title={t("notes.private")}
              body={detail.myPrivateNote.body}
              empty={t("record.noPrivate")}
              isPrivate
            />
          )}
        </aside>
      </div>
    </>
  );
}
