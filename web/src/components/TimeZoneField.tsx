import { type ReactNode, useMemo } from "react";
import { useI18n } from "../i18n/I18nProvider.js";
import { SelectField } from "./Field.js";
import { timeZoneOptions } from "./settings/timeZones.js";

/** Picks a time zone among every zone the browser knows (and `mustInclude`), labelled with its offset. */
export function TimeZoneField(props: {
  value: string;
  onChange: (zone: string) => void;
  /** Zones to offer even if the browser does not list them (the saved one, the device's). */
  mustInclude: string[];
  hint?: ReactNode;
}) {
  const { t } = useI18n();
  const key = props.mustInclude.join("\n");
  const zones = useMemo(() => timeZoneOptions(key.split("\n")), [key]);
  return (
    <SelectField
      label={t("fields.timezone")}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      hint={props.hint}
    >
      {zones.map((zone) => (
        <option key={zone.value} value={zone.value}>
          {zone.label}
        </option>
      ))}
    </SelectField>
  );
}
