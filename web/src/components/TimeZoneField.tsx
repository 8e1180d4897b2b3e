import { type ReactNode, useId, useMemo, useState } from "react";
import { useI18n } from "../i18n/I18nProvider.js";
import { searchTimeZones, timeZoneOptions } from "../time/timeZoneOptions.js";
import { CompactInput } from "./Field.js";

/**
 * Picks a time zone among every zone the browser knows (and `mustInclude`), under current IANA names,
 * labelled with today's offset; a search box above narrows the list ("são paulo", "kolkata", "gmt+05").
 */
export function TimeZoneField(props: {
  value: string;
  onChange: (zone: string) => void;
  /** Zones to offer even if the browser does not list them (the saved one, the device's). */
  mustInclude: string[];
  hint?: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState("");
  const key = props.mustInclude.join("\n");
  const zones = useMemo(() => timeZoneOptions(key.split("\n")), [key]);
  const shown = useMemo(() => searchTimeZones(zones, query, props.value), [zones, query, props.value]);
  const noMatch = query.trim() !== "" && !shown.some((zone) => zone.value !== props.value);
  const hint = noMatch ? t("timeZone.noMatch", { query: query.trim() }) : props.hint;
  return (
    <div className="field time-zone-field">
      <label htmlFor={`${id}-zone`}>{t("fields.timezone")}</label>
      <CompactInput
        id={`${id}-search`}
        type="search"
        label={t("timeZone.search")}
        placeholder={t("timeZone.search")}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-controls={`${id}-zone`}
        autoComplete="off"
      />
      <select
        id={`${id}-zone`}
        className="input select"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {shown.map((zone) => (
          <option key={zone.value} value={zone.value}>
            {zone.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint" aria-live="polite">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
