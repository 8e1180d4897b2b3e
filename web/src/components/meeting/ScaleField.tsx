import type { MessageKey } from "../../../../shared/i18n/en.js";
import { useI18n } from "../../i18n/I18nProvider.js";

const SCORES = [1, 2, 3, 4, 5] as const;

/** A small face whose mouth follows the score: 1 frowns, 3 is flat, 5 smiles. */
export function MoodFace({ score, size = 22 }: { score: number; size?: number }) {
  const curve = 15 + (score - 3) * 2.2;
  return (
    <svg className={`mood-face mood-face-${score}`} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="8.6" cy="9.5" r="1.25" fill="currentColor" />
      <circle cx="15.4" cy="9.5" r="1.25" fill="currentColor" />
      <path
        d={`M7.8 15.2 Q12 ${curve} 16.2 15.2`}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}

type Props = {
  name: string;
  legend: string;
  /** "checkIn.mood" or "checkIn.energy": the words are `${scale}.1` … `${scale}.5`. */
  scale: "checkIn.mood" | "checkIn.energy";
  value: number | null;
  onChange: (score: number) => void;
  optional?: string;
  error?: string | null;
  faces?: boolean;
};

/** A 1–5 scale as a native radio group of labelled choices, like the useful-rating. */
export function ScaleField({ name, legend, scale, value, onChange, optional, error, faces = false }: Props) {
  const { t } = useI18n();
  const errorId = `${name}-error`;
  return (
    <fieldset className="rating scale" aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">
        {legend}
        {optional ? <span className="field-optional"> {optional}</span> : null}
      </legend>
      <div className="rating-options">
        {SCORES.map((score) => (
          <label key={score} className="rating-option">
            <input type="radio" name={name} value={score} checked={value === score} onChange={() => onChange(score)} />
            <span className="rating-score" aria-hidden="true">
              {faces ? <MoodFace score={score} /> : score}
            </span>
            <span className="rating-label">{t(`${scale}.${score}` as MessageKey)}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
