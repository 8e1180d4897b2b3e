import { useMemo } from "react";
import { useI18n } from "../i18n/I18nProvider.js";
import { deviceTimeZone } from "../time/timeZoneOptions.js";
import { LanguageField } from "./LanguagePicker.js";
import { TimeZoneField } from "./TimeZoneField.js";

/**
 * A new account's own language and time zone, shown before it is created: the page's language (picking
 * another switches the page) and `zone`, which starts as the browser's (`useState(deviceTimeZone)`).
 */
export function OwnLanguageAndZone({ zone, onZone }: { zone: string; onZone: (zone: string) => void }) {
  const { t, locale, setLocale } = useI18n();
  const device = useMemo(deviceTimeZone, []);
  return (
    <>
      <LanguageField value={locale} onChange={(code) => setLocale(code, true)} />
      <TimeZoneField value={zone} onChange={onZone} mustInclude={[device]} hint={t("timeZone.ownSettings")} />
    </>
  );
}
