import { useEffect, useState } from "react";
import { completeMeeting } from "../../api/meetings.js";
import { formatMeetingWhen } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { todayIn, utcToZoned, zoneCity, zonedToUtc } from "../../time/zonedTime.js";
import { newNextStepCount } from "../actions/actionDates.js";
import { type DateTime, DateTimeFields } from "../DateTimeFields.js";
import { DialogForm } from "../DialogForm.js";
import { Icon } from "../Icon.js";
import { useMeeting } from "./MeetingContext.js";
import { RatingField } from "./RatingField.js";
import { RatingSharingField } from "./RatingSharingField.js";
import { useMeetingChange } from "./useMeetingChange.js";

/** Completes the meeting: rating, what carries over, and the next date (from the rhythm, editable). */
export function WrapUpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, tn, locale, timeZone } = useI18n();
  const { detail } = useMeeting();
  const [rating, setRating] = useState<number | null>(detail.myRating);
  const [pickNext, setPickNext] = useState(true);
  const [when, setWhen] = useState<DateTime>({ date: "", time: "" });
  const [dateError, setDateError] = useState<string | null>(null);
  const submit = useMeetingChange(onClose);
  const { setFormError } = submit;

  const scheduled = detail.nextMeeting?.status === "scheduled" ? detail.nextMeeting : null;
  const ended = detail.oneOnOneStatus === "ended";
  const suggested = detail.cadenceNextAt;
  const asksDate = !scheduled && !ended;

  useEffect(() => {
    if (!open) return;
    const local = suggested ? utcToZoned(suggested, timeZone) : null;
    setWhen(local ? { date: local.date, time: local.time } : { date: "", time: "" });
    setPickNext(Boolean(suggested));
    setRating(detail.myRating);
    setDateError(null);
    setFormError(null);
  }, [open, suggested, timeZone, detail.myRating, setFormError]);

  const points = detail.agendaItems;
  const undiscussed = points.filter((p) => !p.discussed).length;
  const newSteps = newNextStepCount(detail.actionItems.filter((a) => !a.followUp));
  const stillOpen = detail.actionItems.filter((a) => a.status === "open").length;

  const onSubmit = () => {
    let nextMeetingAt: string | undefined;
    if (asksDate && pickNext) {
      const at = when.date && when.time ? zonedToUtc(when.date, when.time, timeZone) : null;
      if (!at) return setDateError(t("wrapUp.dateRequired"));
      if (Date.parse(at) <= Date.now()) return setDateError(t("errors.nextMeetingInPast"));
      // Only send a date that differs from the rhythm's, so the rhythm stays the rhythm.
      if (!suggested || Date.parse(at) !== Date.parse(suggested)) nextMeetingAt = at;
    }
    setDateError(null);
    return submit.change(async () => {
      const result = await completeMeeting(detail.meeting.id, {
        ...(rating ? { rating } : {}),
        ...(nextMeetingAt ? { nextMeetingAt } : {}),
      });
      const next = result.nextMeeting;
      return next
        ? t("wrapUp.doneNext", { date: formatMeetingWhen(next.scheduledAt, locale, timeZone) })
        : t("wrapUp.done");
    });
  };

  return (
    <DialogForm
      open={open}
      onClose={onClose}
      title={t("wrapUp.title")}
      description={<p>{t("wrapUp.lead")}</p>}
      onSubmit={onSubmit}
      submit={submit}
      secondary={{ label: t("wrapUp.keepGoing"), onClick: onClose }}
      submitLabel={submit.busy ? t("wrapUp.completing") : t("wrapUp.submit")}
    >
      <ul className="wrap-summary">
        <li>
          <Icon name="check-circle" />
          {t("wrapUp.discussed", { done: points.length - undiscussed, total: points.length })}
        </li>
        {undiscussed > 0 ? (
          <li>
            <Icon name="carried" />
            {tn("wrapUp.carry", undiscussed)}
          </li>
        ) : null}
        <li>
          <Icon name="flag" />
          {newSteps > 0 ? tn("wrapUp.nextSteps", newSteps) : t("wrapUp.noNextSteps")}
        </li>
        {stillOpen > 0 ? (
          <li>
            <Icon name="restore" />
            {tn("wrapUp.followUps", stillOpen)}
          </li>
        ) : null}
      </ul>
      <RatingField name="wrap-rating" value={rating} onChange={setRating} />
      <RatingSharingField
        oneOnOneId={detail.oneOnOne.id}
        sharing={detail.ratingSharing}
        leaderName={detail.oneOnOne.leader.name}
        teammateName={detail.oneOnOne.teammate.name}
      />
      <fieldset className="wrap-next">
        <legend className="field-label">{t("wrapUp.nextTitle")}</legend>
        {scheduled ? (
          <p className="muted">
            {t("wrapUp.alreadyScheduled", { date: formatMeetingWhen(scheduled.scheduledAt, locale, timeZone) })}
          </p>
        ) : ended ? (
          <p className="muted">{t("wrapUp.oneOnOneEnded")}</p>
        ) : (
          <>
            {suggested ? (
              <p className="field-hint">{t("wrapUp.fromRhythm")}</p>
            ) : (
              <label className="check-label">
                <input
                  type="checkbox"
                  className="check"
                  checked={pickNext}
                  onChange={(event) => setPickNext(event.target.checked)}
                />
                {t("wrapUp.pickNext")}
              </label>
            )}
            {pickNext ? (
              <DateTimeFields
                value={when}
                onChange={setWhen}
                min={todayIn(timeZone)}
                error={dateError}
                hint={t("meeting.inYourZone", { zone: zoneCity(timeZone) })}
              />
            ) : (
              <p className="field-hint">{t("wrapUp.noRhythm")}</p>
            )}
          </>
        )}
      </fieldset>
    </DialogForm>
  );
}
