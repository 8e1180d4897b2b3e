import { type FormEvent, useEffect, useState } from "react";
import { errorMessage } from "../../api/errorMessage.js";
import { cancelMeeting } from "../../api/meetings.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Dialog } from "../Dialog.js";
import { FormError, TextAreaField } from "../Field.js";
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
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setReason("");
    setReasonError(null);
    setFormError(null);
  }, [open]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!reason.trim()) {
      setReasonError(t("meeting.cancel.reasonRequired"));
      return;
    }
    setBusy(true);
    try {
      await cancelMeeting(detail.meeting.id, reason.trim());
      toast.success(t("meeting.cancel.done"));
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
      title={t("meeting.cancel.title")}
      description={
        <>
          <p>{t("meeting.cancel.lead")}</p>
          <p>{t("meeting.cancel.regular")}</p>
        </>
      }
    >
      <form className="form" onSubmit={onSubmit} noValidate>
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
        <FormError message={formError} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onReschedule}>
            {t("meeting.cancel.rescheduleInstead")}
          </button>
          <button type="submit" className="btn btn-danger" aria-disabled={busy || undefined}>
            {t("meeting.cancel.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
