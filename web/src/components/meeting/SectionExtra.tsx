import { type ReactNode, useId, useState } from "react";
import type { FormSubmit } from "../../hooks/useFormSubmit.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { FormError } from "../Field.js";
import { Icon, type IconName } from "../Icon.js";

type SectionExtraListProps = {
  /** The block's own class beside `section-extra` (styles hang on it). */
  kind: string;
  icon: IconName;
  title: string;
  lead: ReactNode;
  /** The list, or null when there is nothing to list yet. */
  list: ReactNode | null;
  empty: string;
  /** Whether the add button and its form are offered. */
  open: boolean;
  addLabel: string;
  form: (onDone: () => void) => ReactNode;
};

/** A meeting's extra block: what was recorded, and a button that opens a form to add more. */
export function SectionExtraList({
  kind,
  icon,
  title,
  lead,
  list,
  empty,
  open,
  addLabel,
  form,
}: SectionExtraListProps) {
  const [adding, setAdding] = useState(false);
  const titleId = useId();
  return (
    <section className={`section-extra ${kind}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="section-extra-title">
        <Icon name={icon} size={16} />
        {title}
      </h3>
      {lead ? <p className="panel-lead">{lead}</p> : null}
      {list ?? <p className="panel-empty">{empty}</p>}
      {open ? (
        <>
          <button
            type="button"
            className="btn btn-secondary btn-sm section-extra-open"
            aria-expanded={adding}
            onClick={() => setAdding((a) => !a)}
          >
            <Icon name={adding ? "chevron-down" : "plus"} size={16} />
            {addLabel}
          </button>
          {adding ? form(() => setAdding(false)) : null}
        </>
      ) : null}
    </section>
  );
}

type InlineFormProps = {
  className: string;
  /** Called on submit unless a send is under way. */
  onSubmit: () => void | Promise<void>;
  submit: Pick<FormSubmit, "busy" | "formError">;
  /** False where the form shows its errors on its fields only. */
  showFormError?: boolean;
  onCancel: () => void;
  submitLabel: string;
  children: ReactNode;
};

/** A small form inside a meeting block, with its error and the cancel and submit buttons. */
export function InlineForm(props: InlineFormProps) {
  const { className, onSubmit, onCancel, submitLabel, children, showFormError = true } = props;
  const { busy, formError } = props.submit;
  const { t } = useI18n();
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void onSubmit();
      }}
      noValidate
    >
      {children}
      {showFormError ? <FormError message={formError} /> : null}
      <div className="form-actions checkin-actions">
        <button type="button" className="btn btn-ghost btn-sm" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="btn btn-primary btn-sm" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
