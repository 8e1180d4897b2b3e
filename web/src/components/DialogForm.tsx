import type { ReactNode } from "react";
import type { FormSubmit } from "../hooks/useFormSubmit.js";
import { Dialog } from "./Dialog.js";
import { FormError } from "./Field.js";

type DialogFormProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  /** Called on submit unless a send is under way. */
  onSubmit: () => void | Promise<void>;
  submit: Pick<FormSubmit, "busy" | "formError">;
  /** The button beside submit: usually "Cancel", sometimes another way out. */
  secondary: { label: string; onClick: () => void };
  submitLabel: ReactNode;
  tone?: "primary" | "danger";
  children: ReactNode;
};

/** A dialog holding one form: its fields, the form's error, and the secondary and submit buttons. */
export function DialogForm(props: DialogFormProps) {
  const { open, onClose, title, description, secondary, tone = "primary" } = props;
  const { busy, formError } = props.submit;
  return (
    <Dialog open={open} onClose={onClose} title={title} description={description}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void props.onSubmit();
        }}
        noValidate
      >
        {props.children}
        <FormError message={formError} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={secondary.onClick}>
            {secondary.label}
          </button>
          <button type="submit" className={`btn btn-${tone}`} aria-disabled={busy || undefined}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
