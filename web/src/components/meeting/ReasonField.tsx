import type { ChangeEvent } from "react";
import { useT } from "../../i18n/I18nProvider.js";
import { TextAreaField } from "../Field.js";

type Props = { value: string; onChange: (value: string) => void; error?: string | null; hint: string; rows?: number };

/** Why a meeting is cancelled or moved: required, said to the other person in the e-mail and the record. */
export function ReasonField({ value, onChange, error, hint, rows = 2 }: Props) {
  const t = useT();
  return (
    <TextAreaField
      label={t("fields.reason")}
      value={value}
      rows={rows}
      maxLength={1000}
      required
      onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
      error={error}
      hint={hint}
    />
  );
}
