import { useId } from "react";
import { SUPPORTED_LOCALES as LOCALES } from "../../../shared/i18n/locales.js";
import type { Locale } from "../../../shared/schemas/common.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { CompactSelect, SelectField } from "./Field.js";

/** Each language named in itself, so people can find theirs whatever the current UI language. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  "pt-BR": "Português (Brasil)",
  es: "Español",
};

/** The compact language select of the signed-out pages. */
export function LanguagePicker() {
  const { locale, setLocale, t } = useI18n();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id} className="visually-hidden">
        {t("fields.language")}
      </label>
      <CompactSelect
        id={id}
        value={locale}
        onChange={(code) => setLocale(code as Locale, true)}
        options={LOCALES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code], lang: code }))}
      />
    </div>
  );
}

/** The labelled language select of a form, each language named in itself. */
export function LanguageField({ value, onChange }: { value: Locale; onChange: (locale: Locale) => void }) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t("fields.language")}
      value={value}
      onChange={(event) => onChange(event.target.value as Locale)}
    >
      {LOCALES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </SelectField>
  );
}
