import type { Locale } from "../../../../shared/schemas/common.js";

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!value) {
    try {
      value = new Intl.DateTimeFormat(locale, options);
    } catch {
      value = new Intl.DateTimeFormat(locale, { ...options, timeZone: undefined });
    }
    cache.set(key, value);
  }
  return value;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as Intl.NumberFormat | undefined;
  if (!value) {
    value = new Intl.NumberFormat(locale, options);
    cache.set(key, value);
  }
  return value;
}

/** A compact day for chart axes, such as "24 Nov", in the viewer's time zone. */
export function shortDate(iso: string | number, locale: Locale, timeZone: string): string {
  return dateFormat(locale, { day: "numeric", month: "short", timeZone }).format(new Date(iso));
}

/** A "YYYY-MM" month as "May" (short) or "May 2026" (long). */
export function monthLabel(month: string, locale: Locale, style: "short" | "long" = "short"): string {
  const [year, mon] = month.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (mon ?? 1) - 1, 15));
  const options: Intl.DateTimeFormatOptions =
    style === "short" ? { month: "short", timeZone: "UTC" } : { month: "long", year: "numeric", timeZone: "UTC" };
  return dateFormat(locale, options).format(date);
}

/** A whole percentage (0–100) in the locale's style: "92%", "92 %". */
export function formatPercent(value: number, locale: Locale): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value / 100);
}

/** A 1–5 score with at most one decimal: "3.7", "3,7". */
export function formatScore(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
