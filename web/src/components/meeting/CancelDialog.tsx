import { useEffect, useState } from "react";
import { cancelMeeting } from "../../api/meetings.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { DialogForm } from "../DialogForm.js";
import { useMeeting } from "./MeetingContext.js";
import { ReasonField } from "./ReasonField.js";
import { useMeetingChange } from "./useMeetingChange.js";

type Props = { open: boolean; onClose: () => void; onReschedule: () => void };

/** Cancelling needs a reason; the points move on, and rescheduling is offered first. */
export function CancelDialog({ open, onClose, onReschedule }: Props) {
  const { t } = useI18n();
  const { detail } = useMeeting();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const submit = useMeetingChange(onClose);
  const { setFormError } = submit;

  useEffect(() => {
    if (!open) return;
    setReason("");
    setReasonError(null);
    setFormError(null);
  }, [open, setFormError]);

  const onSubmit = () => {
    if (!reason.trim()) {
      setReasonError(t("meeting.cancel.reasonRequired"));
      return;
    }
    return submit.change(async () => {
      await cancelMeeting(detail.meeting.id, reason.trim());
      return t("meeting.cancel.done");
    });
  };

  return (
    <DialogForm
      open={open}
      onClose={onClose}
      title={t("meeting.cancel.title")}
      description={
        <>
          <p>{t("meeting.cancel.lead")}</p>
          <p>{t("meeting.cancel.regular")}</p>
        </>
      }
      onSubmit={onSubmit}
      submit={submit}
      secondary={{ label: t("meeting.cancel.rescheduleInstead"), onClick: onReschedule }}
      submitLabel={t("meeting.cancel.submit")}
      tone="danger"
    >
      <ReasonField
        value={reason}
        rows={3}
        onChange={setReason}
        error={reasonError}
        hint={t("meeting.cancel.reasonHint")}
      />
    </DialogForm>
  );
}
