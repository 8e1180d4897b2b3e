import type { Locale } from "../../../shared/schemas/common.js";

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (!value) {
    try {
      value = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      value = new Intl.DateTimeFormat(locale, options);
    }
    cache.set(key, value);
  }
  return value;
}

/** A calendar date such as "12 Mar 2025", in the viewer's time zone. */
export function formatDate(iso: string, locale: Locale, timeZone: string): string {
  return formatter(locale, timeZone, { dateStyle: "medium" }).format(new Date(iso));
}

/** A date with time such as "12 Mar 2025, 14:30", in the viewer's time zone. */
export function formatDateTime(iso: string, locale: Locale, timeZone: string): string {
  return formatter(locale, timeZone, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** A relative phrase such as "3 days ago" or "in 6 days". */
export function formatRelative(iso: string, locale: Locale, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, "minute");
}
