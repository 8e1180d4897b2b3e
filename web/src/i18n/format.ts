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

/** A time of day such as "14:30" or "2:30 PM", in the viewer's time zone. */
export function formatTime(iso: string, locale: Locale, timeZone: string): string {
  return formatter(locale, timeZone, { timeStyle: "short" }).format(new Date(iso));
}

/** A short weekday with date such as "Wed, 25 Nov", adding the year when it isn't this year's. */
export function formatDayDate(iso: string, locale: Locale, timeZone: string, now = Date.now()): string {
  const sameYear =
    formatter(locale, timeZone, { year: "numeric" }).format(new Date(iso)) ===
    formatter(locale, timeZone, { year: "numeric" }).format(new Date(now));
  const options: Intl.DateTimeFormatOptions = sameYear
    ? { weekday: "short", day: "numeric", month: "short" }
    : { weekday: "short", day: "numeric", month: "short", year: "numeric" };
  return formatter(locale, timeZone, options).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD, no time zone) such as "25 Nov" or "25 Nov 2027". */
export function formatPlainDate(date: string, locale: Locale, now = Date.now()): string {
  const iso = `${date}T12:00:00Z`;
  const sameYear = date.slice(0, 4) === new Date(now).toISOString().slice(0, 4);
  return formatter(
    locale,
    "UTC",
    sameYear ? { day: "numeric", month: "short" } : { day: "numeric", month: "short", year: "numeric" },
  ).format(new Date(iso));
}

const dayKey = (iso: string | number, timeZone: string, locale: Locale) =>
  formatter(locale, timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));

/**
 * When a meeting is, for lists: "Today, 14:30", "Tomorrow, 09:00", else "Wed, 25 Nov, 14:30".
 * Today and tomorrow follow the viewer's calendar in their zone.
 */
export function formatMeetingWhen(iso: string, locale: Locale, timeZone: string, now = Date.now()): string {
  const time = formatTime(iso, locale, timeZone);
  const target = dayKey(iso, timeZone, locale);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const offset of [0, 1, -1]) {
    if (dayKey(now + offset * 86_400_000, timeZone, locale) === target) {
      const word = rtf.format(offset, "day");
      return `${word.charAt(0).toLocaleUpperCase(locale)}${word.slice(1)}, ${time}`;
    }
  }
  return `${formatDayDate(iso, locale, timeZone, now)}, ${time}`;
}
