import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";

/** What every labelled field shows around its control. */
type FieldText = {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  /** Text shown after the label, e.g. "(optional)". */
  optional?: string;
};

/** The attributes that tie a control to its label, hint and error. */
type ControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

/** A label, the control drawn by `children`, then its hint and error, wired to aria-describedby. */
function LabelledField({
  label,
  hint,
  error,
  optional,
  children,
}: FieldText & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const control: ControlProps = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
  };
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field-optional"> {optional}</span> : null}
      </label>
      {children(control)}
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

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & FieldText;

/** A labelled input with its hint and error wired to aria-describedby. */
export function TextField({ label, hint, error, optional, ...input }: TextFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error} optional={optional}>
      {(control) => <input {...control} className="input" {...input} />}
    </LabelledField>
  );
}

/** An e-mail address field: the right keyboard, and "email" as its name and autofill unless told otherwise. */
export function EmailField(props: Omit<TextFieldProps, "type" | "inputMode">) {
  return <TextField type="email" name="email" autoComplete="email" inputMode="email" {...props} />;
}

/** One's own name: "name" as its field name and autofill, and required. */
export function NameField(props: Omit<TextFieldProps, "name" | "autoComplete" | "required">) {
  return <TextField name="name" autoComplete="name" required {...props} />;
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

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & FieldText & { children: ReactNode };

/** A labelled native select. */
export function SelectField({ label, hint, error, optional, children, ...select }: SelectFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <select {...control} className="input select" {...select}>
          {children}
        </select>
      )}
    </LabelledField>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & FieldText;

/** A labelled multi-line text box. */
export function TextAreaField({ label, hint, error, optional, ...textarea }: TextAreaFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error} optional={optional}>
      {(control) => <textarea {...control} className="input textarea" {...textarea} />}
    </LabelledField>
  );
}

/** The end of a page's form: its form-level error, then its buttons. */
export function FormActions({ error, children }: { error: string | null; children: ReactNode }) {
  return (
    <>
      <FormError message={error} />
      <div className="form-actions">{children}</div>
    </>
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

type CompactInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & {
  id: string;
  label: string;
};

/** A small input whose label only screen readers hear; its placeholder tells the eye what goes in. */
export function CompactInput({ id, label, ...input }: CompactInputProps) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} className="input input-compact" {...input} />
    </>
  );
}

type CompactSelectProps = {
  id: string;
  value: string | undefined;
  disabled?: boolean;
  onChange: (value: string) => void;
  options: { value: string; label: string; lang?: string }[];
};

/** A small native select (the language and organization pickers, inline forms); its label is the caller's. */
export function CompactSelect({ id, value, disabled, onChange, options }: CompactSelectProps) {
  return (
    <select
      id={id}
      className="input select input-compact"
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value} lang={option.lang}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
