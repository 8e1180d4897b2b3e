import { type FormEvent, useEffect, useState } from "react";
import { errorMessage } from "../../api/errorMessage.js";
import { rescheduleMeeting } from "../../api/meetings.js";
import { formatMeetingWhen } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { todayIn, utcToZoned, zoneCity, zonedToUtc } from "../../time/zonedTime.js";
import { type DateTime, DateTimeFields } from "../DateTimeFields.js";
import { Dialog } from "../Dialog.js";
import { FormError, TextAreaField } from "../Field.js";
import { useToast } from "../Toasts.js";
import { useMeeting } from "./MeetingContext.js";

/** Moves the meeting to another time, in the viewer's zone, with a reason. */
export function RescheduleDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const { detail, reload } = useMeeting();
  const [when, setWhen] = useState<DateTime>({ date: "", time: "" });
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ date?: string; reason?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    const local = utcToZoned(detail.meeting.scheduledAt, timeZone);
    setWhen({ date: local.date, time: local.time });
    setReason("");
    setErrors({});
    setFormError(null);
  }, [open, detail.meeting.scheduledAt, timeZone]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: typeof errors = {};
    const at = when.date && when.time ? zonedToUtc(when.date, when.time, timeZone) : null;
    if (!at) found.date = t("meeting.reschedule.dateRequired");
    else if (Date.parse(at) <= Date.now()) found.date = t("errors.nextMeetingInPast");
    if (!reason.trim()) found.reason = t("meeting.reschedule.reasonRequired");
    setErrors(found);
    if (!at || Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await rescheduleMeeting(detail.meeting.id, { scheduledAt: at, reason: reason.trim() });
      toast.success(t("meeting.reschedule.done", { date: formatMeetingWhen(at, locale, timeZone) }));
      onClose();
      reload();
    } catch (error) {
      setFormError(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t("meeting.reschedule.title")}
      description={<p>{t("meeting.reschedule.lead")}</p>}
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <DateTimeFields
          value={when}
          onChange={setWhen}
          min={todayIn(timeZone)}
          error={errors.date}
          hint={t("meeting.inYourZone", { zone: zoneCity(timeZone) })}
        />
        <TextAreaField
          label={t("fields.reason")}
          value={reason}
          rows={2}
          maxLength={1000}
          required
          onChange={(event) => setReason(event.target.value)}
          error={errors.reason}
          hint={t("meeting.reschedule.reasonHint")}
        />
        <FormError message={formError} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="btn btn-primary" aria-disabled={busy || undefined}>
            {t("meeting.reschedule.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
