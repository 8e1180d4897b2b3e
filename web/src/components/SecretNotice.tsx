import { type ReactNode, useId } from "react";
import { CopyField } from "./CopyButton.js";
import { Icon } from "./Icon.js";

type SecretNoticeProps = {
  title: string;
  /** Why it is shown only this once. */
  warning: string;
  /** The secret's field name, for screen readers. */
  label: string;
  secret: string;
  copyLabel: string;
  dismissLabel: string;
  onDismiss: () => void;
  /** How to use the secret, under it. */
  children?: ReactNode;
};

/** A secret right after it was made: shown this once, with a copy button and a way to say it is saved. */
export function SecretNotice({
  title,
  warning,
  label,
  secret,
  copyLabel,
  dismissLabel,
  onDismiss,
  children,
}: SecretNoticeProps) {
  const id = useId();
  return (
    <section className="token-reveal" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="callout-title">
        <Icon name="key" /> {title}
      </p>
      <p className="callout callout-warning">
        <Icon name="alert" />
        <span>{warning}</span>
      </p>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <CopyField id={id} value={secret} copyLabel={copyLabel} />
      {children}
      <button type="button" className="btn btn-secondary btn-sm" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </section>
  );
}
