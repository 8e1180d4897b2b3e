import { useState } from "react";
import { useT } from "../i18n/I18nProvider.js";
import { Dialog } from "./Dialog.js";

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  tone?: "danger" | "primary";
  onConfirm: () => Promise<void> | void;
  onClose: () => void;
};

/** Asks before an action that is hard to undo; Cancel has the focus so Enter is safe. */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  tone = "danger",
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} title={title} description={<p>{message}</p>} role="alertdialog" size="small">
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose} data-autofocus>
          {t("common.cancel")}
        </button>
        <button
          type="button"
          className={`btn ${tone === "danger" ? "btn-danger" : "btn-primary"}`}
          onClick={confirm}
          aria-disabled={busy || undefined}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
