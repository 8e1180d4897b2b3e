import { useEffect, useState } from "react";
import { rescheduleMeeting } from "../../api/meetings.js";
import { formatMeetingWhen } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { todayIn, utcToZoned, zoneCity, zonedToUtc } from "../../time/zonedTime.js";
import { type DateTime, DateTimeFields } from "../DateTimeFields.js";
import { DialogForm } from "../DialogForm.js";
import { useMeeting } from "./MeetingContext.js";
import { ReasonField } from "./ReasonField.js";
import { useMeetingChange } from "./useMeetingChange.js";

/** Moves the meeting to another time, in the viewer's zone, with a reason. */
export function RescheduleDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, locale, timeZone } = useI18n();
  const { detail } = useMeeting();
  const [when, setWhen] = useState<DateTime>({ date: "", time: "" });
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ date?: string; reason?: string }>({});
  const submit = useMeetingChange(onClose);
  const { setFormError } = submit;

  useEffect(() => {
    if (!open) return;
    const local = utcToZoned(detail.meeting.scheduledAt, timeZone);
    setWhen({ date: local.date, time: local.time });
    setReason("");
    setErrors({});
    setFormError(null);
  }, [open, detail.meeting.scheduledAt, timeZone, setFormError]);

  const onSubmit = () => {
    const found: typeof errors = {};
    const at = when.date && when.time ? zonedToUtc(when.date, when.time, timeZone) : null;
    if (!at) found.date = t("meeting.reschedule.dateRequired");
    else if (Date.parse(at) <= Date.now()) found.date = t("errors.nextMeetingInPast");
    if (!reason.trim()) found.reason = t("meeting.reschedule.reasonRequired");
    setErrors(found);
    if (!at || Object.keys(found).length > 0) return;
    return submit.change(async () => {
      await rescheduleMeeting(detail.meeting.id, { scheduledAt: at, reason: reason.trim() });
      return t("meeting.reschedule.done", { date: formatMeetingWhen(at, locale, timeZone) });
    });
  };

  return (
    <DialogForm
      open={open}
      onClose={onClose}
      title={t("meeting.reschedule.title")}
      description={<p>{t("meeting.reschedule.lead")}</p>}
      onSubmit={onSubmit}
      submit={submit}
      secondary={{ label: t("common.cancel"), onClick: onClose }}
      submitLabel={t("meeting.reschedule.submit")}
    >
      <DateTimeFields
        value={when}
        onChange={setWhen}
        min={todayIn(timeZone)}
        error={errors.date}
        hint={t("meeting.inYourZone", { zone: zoneCity(timeZone) })}
      />
      <ReasonField
        value={reason}
        onChange={setReason}
        error={errors.reason}
        hint={t("meeting.reschedule.reasonHint")}
      />
    </DialogForm>
  );
}
