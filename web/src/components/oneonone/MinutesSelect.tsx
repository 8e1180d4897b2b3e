import type { ReactNode } from "react";
import { useT } from "../../i18n/I18nProvider.js";
import { SelectField } from "../Field.js";

/** The usual meeting lengths, in minutes. */
const DURATIONS = [15, 20, 25, 30, 40, 45, 50, 60, 75, 90];

type MinutesSelectProps = {
  label: string;
  hint?: ReactNode;
  value: number;
  onChange: (minutes: number) => void;
  /** The usual choices. */
  choices: number[];
  /** A saved value that stays a choice even when it is not among the usual ones. */
  keep?: number;
  optionLabel: (minutes: number) => string;
};

/** A select of minute counts, in ascending order. */
export function MinutesSelect({ label, hint, value, onChange, choices, keep, optionLabel }: MinutesSelectProps) {
  const options = keep === undefined ? choices : [...new Set([...choices, keep])].sort((a, b) => a - b);
  return (
    <SelectField label={label} hint={hint} value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
      {options.map((minutes) => (
        <option key={minutes} value={minutes}>
          {optionLabel(minutes)}
        </option>
      ))}
    </SelectField>
  );
}

/** How long each meeting of a 1:1 lasts. */
export function DurationSelect(props: Pick<MinutesSelectProps, "value" | "onChange" | "keep">) {
  const t = useT();
  return (
    <MinutesSelect
      label={t("fields.duration")}
      choices={DURATIONS}
      optionLabel={(minutes) => t("common.minutes", { count: minutes })}
      {...props}
    />
  );
}
