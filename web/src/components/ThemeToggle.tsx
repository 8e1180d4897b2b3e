import { useId } from "react";
import { useT } from "../i18n/I18nProvider.js";
import { type ThemePreference, useTheme } from "../theme/theme.js";
import { Icon, type IconName } from "./Icon.js";

const OPTIONS: { value: ThemePreference; icon: IconName }[] = [
  { value: "light", icon: "sun" },
  { value: "dark", icon: "moon" },
  { value: "system", icon: "monitor" },
];

/** Light / dark / system as a three-way radio group; the choice is kept in localStorage. */
export function ThemeToggle() {
  const t = useT();
  const [preference, setPreference] = useTheme();
  const name = useId();
  const labels: Record<ThemePreference, string> = {
    light: t("theme.light"),
    dark: t("theme.dark"),
    system: t("theme.system"),
  };
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t("theme.label")}</legend>
      {OPTIONS.map((option) => (
        <label key={option.value} className="segmented-option" title={labels[option.value]}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={preference === option.value}
            onChange={() => setPreference(option.value)}
          />
          <Icon name={option.icon} size={16} />
          <span className="visually-hidden">{labels[option.value]}</span>
        </label>
      ))}
    </fieldset>
  );
}
