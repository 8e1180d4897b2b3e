import { useEffect, useState } from "react";
import { cancelMeeting } from "../../api/meetings.js";
import { useFormSubmit } from "../../hooks/useFormSubmit.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { DialogForm } from "../DialogForm.js";
import { TextAreaField } from "../Field.js";
import { useToast } from "../Toasts.js";
import { useMeeting } from "./MeetingContext.js";

type Props = { open: boolean; onClose: () => void; onReschedule: () => void };

/** Cancelling needs a reason; the points move on, and rescheduling is offered first. */
export function CancelDialog({ open, onClose, onReschedule }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const { detail, reload } = useMeeting();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const { busy, formError, setFormError, send } = useFormSubmit();

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
    return send(async () => {
      await cancelMeeting(detail.meeting.id, reason.trim());
      toast.success(t("meeting.cancel.done"));
      onClose();
      reload();
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
      busy={busy}
      formError={formError}
      secondary={{ label: t("meeting.cancel.rescheduleInstead"), onClick: onReschedule }}
      submitLabel={t("meeting.cancel.submit")}
      tone="danger"
    >
      <TextAreaField
        label={t("fields.reason")}
        value={reason}
        rows={3}
        maxLength={1000}
        required
        onChange={(event) => setReason(event.target.value)}
        error={reasonError}
        hint={t("meeting.cancel.reasonHint")}
      />
    </DialogForm>
  );
}
