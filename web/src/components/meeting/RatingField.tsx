import type { MessageKey } from "../../../../shared/i18n/en.js";
import { useI18n } from "../../i18n/I18nProvider.js";

const SCORES = [1, 2, 3, 4, 5] as const;

type Props = { value: number | null; onChange: (score: number) => void; name: string; legend?: string };

/** "Was this 1:1 useful?" as a native radio group of five labelled choices. */
export function RatingField({ value, onChange, name, legend }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="rating">
      <legend className="field-label">{legend ?? t("rating.question")}</legend>
      <div className="rating-options">
        {SCORES.map((score) => (
          <label key={score} className="rating-option">
            <input type="radio" name={name} value={score} checked={value === score} onChange={() => onChange(score)} />
            <span className="rating-score" aria-hidden="true">
              {score}
            </span>
            <span className="rating-label">{t(`rating.${score}` as MessageKey)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
