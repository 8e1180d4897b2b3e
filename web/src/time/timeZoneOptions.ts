import { currentZoneName } from "../../../shared/time-zones.js";

export type TimeZoneOption = { value: string; label: string; offsetMinutes: number };

function offsetOf(timeZone: string, at: Date): { label: string; minutes: number } {
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value;
    const match = part?.match(/GMT([+-])(\d{2}):(\d{2})/);
    if (!match) return { label: "GMT+00:00", minutes: 0 };
    const minutes = (Number(match[2]) * 60 + Number(match[3])) * (match[1] === "-" ? -1 : 1);
    return { label: part ?? "GMT", minutes };
  } catch {
    return { label: "GMT", minutes: 0 };
  }
}

/** The device's own time zone under its current IANA name (browsers still report Asia/Calcutta). */
export function deviceTimeZone(): string {
  try {
    return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  } catch {
    return "UTC";
  }
}

/**
 * Every IANA zone the browser knows, under its current name (no legacy alias), labelled with
 * its UTC offset at `now`, west to east.
 */
export function timeZoneOptions(mustInclude: string[], now = new Date()): TimeZoneOption[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const zones = new Set<string>([...known, "UTC", ...mustInclude.filter(Boolean)].map(currentZoneName));
  return [...zones]
    .map((value) => {
      const offset = offsetOf(value, now);
      const name = value.replaceAll("_", " ");
      return { value, label: `(${offset.label}) ${name}`, offsetMinutes: offset.minutes };
    })
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.value.localeCompare(b.value));
}

/** Lower case, without accents, underscores or slashes: "São Paulo" finds America/Sao_Paulo. */
function searchable(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[_/]/g, " ");
}

/** The options whose name or offset holds every word of the query; `keep` stays listed (the chosen zone). */
export function searchTimeZones(options: TimeZoneOption[], query: string, keep?: string): TimeZoneOption[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return options;
  return options.filter((option) => {
    if (option.value === keep) return true;
    const label = searchable(option.label);
    return words.every((word) => label.includes(word));
  });
}
