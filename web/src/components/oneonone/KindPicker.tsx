import type { MessageKey } from "../../../../shared/i18n/en.js";
import type { OneOnOneKind } from "../../../../shared/schemas/one-on-ones.js";
import { useI18n } from "../../i18n/I18nProvider.js";

export const KINDS: readonly OneOnOneKind[] = ["manager", "skip-level", "mentor", "peer"];

/** The kind of relationship, as a radio group of cards with a line of explanation each. */
export function KindPicker({ value, onChange }: { value: OneOnOneKind; onChange: (kind: OneOnOneKind) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="field choice-group">
      <legend className="field-label">{t("fields.kind")}</legend>
      <div className="choice-cards">
        {KINDS.map((kind) => (
          <label key={kind} className="choice-card">
            <input type="radio" name="kind" value={kind} checked={value === kind} onChange={() => onChange(kind)} />
            <span className="choice-title">{t(`kind.${kind}` as MessageKey)}</span>
            <span className="choice-hint">{t(`kind.hint.${kind}` as MessageKey)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
