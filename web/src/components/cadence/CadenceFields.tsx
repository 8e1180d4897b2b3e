import type { MessageKey } from "../../../../shared/i18n/en.js";
import type { CadenceFrequency, Weekday } from "../../../../shared/schemas/cadence.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { SelectField, TextField } from "../Field.js";
import { FREQUENCIES, NTHS, type Nth, nthOfDate, WEEKDAY_CODES, weekdayName } from "./cadence.js";

/** The rhythm as the form holds it; `buildCadence` turns it into the API's shape. */
export type CadenceDraft = { frequency: CadenceFrequency; interval: number; weekday: Weekday; nth: Nth };

/** A draft for a first date: weekly by default, with monthly choices matching that date. */
export function draftFor(date: string, frequency: CadenceFrequency = "weekly"): CadenceDraft {
  const { nth, weekday } = nthOfDate(date);
  return { frequency, interval: 3, weekday, nth };
}

type Props = {
  value: CadenceDraft;
  onChange: (value: CadenceDraft) => void;
  /** The date the rhythm starts from: monthly choices follow it when the frequency is picked. */
  anchorDate: string;
  intervalError?: string | null;
};

const nthLabel = (nth: Nth) => `cadence.nthOption.${nth === -1 ? "last" : nth}` as MessageKey;

/** Frequency, and the interval or the monthly weekday when the frequency needs one. */
export function CadenceFields({ value, onChange, anchorDate, intervalError }: Props) {
  const { t, locale } = useI18n();
  const set = (patch: Partial<CadenceDraft>) => onChange({ ...value, ...patch });

  return (
    <div className="cadence-fields">
      <SelectField
        label={t("fields.cadence")}
        value={value.frequency}
        onChange={(event) => {
          const frequency = event.target.value as CadenceFrequency;
          set(frequency === "monthly_nth_weekday" ? { ...nthOfDate(anchorDate), frequency } : { frequency });
        }}
      >
        {FREQUENCIES.map((frequency) => (
          <option key={frequency} value={frequency}>
            {t(`cadence.choice.${frequency}` as MessageKey)}
          </option>
        ))}
      </SelectField>
      {value.frequency === "every_n_weeks" ? (
        <TextField
          label={t("fields.interval")}
          type="number"
          inputMode="numeric"
          min={2}
          max={12}
          value={Number.isNaN(value.interval) ? "" : value.interval}
          onChange={(event) => set({ interval: event.target.valueAsNumber })}
          error={intervalError}
          hint={t("newOneOnOne.intervalHint")}
        />
      ) : null}
      {value.frequency === "monthly_nth_weekday" ? (
        <div className="form-row form-row-tight">
          <SelectField
            label={t("fields.nth")}
            value={String(value.nth)}
            onChange={(event) => set({ nth: Number(event.target.value) as Nth })}
          >
            {NTHS.map((nth) => (
              <option key={nth} value={nth}>
                {t(nthLabel(nth))}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("fields.weekday")}
            value={value.weekday}
            onChange={(event) => set({ weekday: event.target.value as Weekday })}
          >
            {WEEKDAY_CODES.map((code, index) => (
              <option key={code} value={code}>
                {weekdayName(locale, index)}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
    </div>
  );
}
