import { useI18n } from "../i18n/I18nProvider.js";
import { TextField } from "./Field.js";

export type DateTime = { date: string; time: string };

type Props = {
  value: DateTime;
  onChange: (value: DateTime) => void;
  error?: string | null;
  /** Earliest selectable date (YYYY-MM-DD). */
  min?: string;
  dateLabel?: string;
  timeLabel?: string;
  hint?: string;
};

/** A date and a time of day side by side, as native pickers (keyboard and screen-reader friendly). */
export function DateTimeFields({ value, onChange, error, min, dateLabel, timeLabel, hint }: Props) {
  const { t } = useI18n();
  return (
    <div className="form-row form-row-tight">
      <TextField
        label={dateLabel ?? t("fields.date")}
        type="date"
        value={value.date}
        min={min}
        required
        onChange={(event) => onChange({ ...value, date: event.target.value })}
        error={error}
        hint={hint}
      />
      <TextField
        label={timeLabel ?? t("fields.time")}
        type="time"
        step={300}
        value={value.time}
        required
        onChange={(event) => onChange({ ...value, time: event.target.value })}
      />
    </div>
  );
}
