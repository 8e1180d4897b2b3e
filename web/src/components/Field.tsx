import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";

type FieldShellProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  optional?: string;
  children: ReactNode;
};

function FieldShell({ id, label, hint, error, optional, children }: FieldShellProps) {
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field-optional"> {optional}</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  /** Text shown after the label, e.g. "(optional)". */
  optional?: string;
};

/** A labelled input with its hint and error wired to aria-describedby. */
export function TextField({ label, hint, error, optional, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={id}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FieldShell>
  );
}

/** An e-mail address field: the right keyboard, and "email" as its name and autofill unless told otherwise. */
export function EmailField(props: Omit<TextFieldProps, "type" | "inputMode">) {
  return <TextField type="email" name="email" autoComplete="email" inputMode="email" {...props} />;
}

/** A password field; autofill says whether it is the current password or a new one. */
export function PasswordField(
  props: Omit<TextFieldProps, "type"> & { autoComplete: "current-password" | "new-password" },
) {
  return <TextField type="password" {...props} />;
}

/** A form's primary submit button, marked busy (not disabled, so it keeps focus) while the form is sent. */
export function SubmitButton({ busy, block, children }: { busy: boolean; block?: boolean; children: ReactNode }) {
  return (
    <button
      type="submit"
      className={block ? "btn btn-primary btn-block" : "btn btn-primary"}
      aria-disabled={busy || undefined}
    >
      {children}
    </button>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  optional?: string;
  children: ReactNode;
};

/** A labelled native select. */
export function SelectField({ label, hint, error, optional, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <select
        id={id}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  optional?: string;
};

/** A labelled multi-line text box. */
export function TextAreaField({ label, hint, error, optional, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={id}
        className="input textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...textarea}
      />
    </FieldShell>
  );
}

/** A form-level error, announced when it appears. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? "form-error" : "form-error-empty"}>
      {message}
    </div>
  );
}
