import type { MessageKey } from "../../../../shared/i18n/en.js";
import type { Translate } from "../../../../shared/i18n/translate.js";
import type { Cadence, CadenceFrequency, Weekday } from "../../../../shared/schemas/cadence.js";
import type { Locale } from "../../../../shared/schemas/common.js";
import { addDays, weekdayOf } from "../../time/zonedTime.js";

/** RFC 5545 weekday codes, Monday first (index = our weekday number). */
export const WEEKDAY_CODES: readonly Weekday[] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
export const FREQUENCIES: readonly CadenceFrequency[] = [
  "weekly",
  "biweekly",
  "every_n_weeks",
  "monthly_nth_weekday",
  "none",
];
export type Nth = 1 | 2 | 3 | 4 | -1;
export const NTHS: readonly Nth[] = [1, 2, 3, 4, -1];

const NTH_KEY: Record<string, string> = { "1": "1", "2": "2", "3": "3", "4": "4", "-1": "last" };

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

/** The weekday's name in the UI language ("Tuesday", "terça-feira", "martes"). */
export function weekdayName(locale: Locale, weekday: number): string {
  let format = nameFormatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
    nameFormatters.set(locale, format);
  }
  // 1 January 2024 was a Monday.
  return format.format(Date.UTC(2024, 0, 1 + weekday));
}

/** Which occurrence of its weekday a date is in its month: 1–4, or -1 for a fifth (the last). */
export function nthOfDate(date: string): { nth: Nth; weekday: Weekday } {
  const day = Number(date.slice(8, 10));
  const index = Math.ceil(day / 7);
  return { nth: (index >= 5 ? -1 : index) as Nth, weekday: WEEKDAY_CODES[weekdayOf(date)] ?? "MO" };
}

/** True when the date is the last of its weekday in the month. */
export function isLastOfMonth(date: string): boolean {
  return addDays(date, 7).slice(5, 7) !== date.slice(5, 7);
}

/** The date of the nth (or last, -1) weekday of a month, as YYYY-MM-DD. */
export function nthWeekdayDate(year: number, month: number, weekday: number, nth: Nth): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (nth === -1) {
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    const back = (weekdayOf(last) - weekday + 7) % 7;
    return addDays(last, -back);
  }
  const first = `${year}-${pad(month)}-01`;
  const forward = (weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, forward + 7 * (nth - 1));
}

/** The weeks between meetings, or null when the cadence is not weekly-based. */
export function weeksBetween(cadence: Cadence): number | null {
  if (cadence.frequency === "weekly") return 1;
  if (cadence.frequency === "biweekly") return 2;
  if (cadence.frequency === "every_n_weeks") return cadence.interval ?? 1;
  return null;
}

/**
 * The local dates of the meetings after the first one, as the server's rule
 * will place them (weekly rhythms keep the first date's weekday).
 */
export function followingDates(cadence: Cadence, firstDate: string, count: number): string[] {
  const weeks = weeksBetween(cadence);
  if (weeks !== null) return Array.from({ length: count }, (_, i) => addDays(firstDate, 7 * weeks * (i + 1)));
  if (cadence.frequency !== "monthly_nth_weekday") return [];
  const weekday = WEEKDAY_CODES.indexOf(cadence.weekday ?? "MO");
  const nth = (cadence.nth ?? 1) as Nth;
  const dates: string[] = [];
  let year = Number(firstDate.slice(0, 4));
  let month = Number(firstDate.slice(5, 7));
  while (dates.length < count) {
    const candidate = nthWeekdayDate(year, month, weekday, nth);
    if (candidate > firstDate) dates.push(candidate);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return dates;
}

const key = (k: string) => k as MessageKey;

/** The ordinal phrase with its article, agreeing with the weekday where the language needs it. */
function nthPhrase(t: Translate, nth: Nth, weekday: number): string {
  const family = weekday >= 5 ? "cadence.nthWeekend" : "cadence.nth";
  return t(key(`${family}.${NTH_KEY[String(nth)]}`));
}

/**
 * The cadence in words: "Every week on Tuesday", "Every 3 weeks on Tuesday",
 * "Monthly on the last Friday". `weekday` (0 = Monday) is the day weekly rhythms fall on.
 */
export function describeCadence(t: Translate, locale: Locale, cadence: Cadence, weekday: number | null): string {
  const on = weekday === null ? "" : t(key(`cadence.on.${WEEKDAY_CODES[weekday]}`));
  const weeks = weeksBetween(cadence);
  if (weeks !== null) {
    const phrase = weeks === 1 ? t("cadence.phrase.weekly", { on }) : t("cadence.phrase.everyN", { count: weeks, on });
    return phrase.trim().replace(/[,\s]+$/, "");
  }
  if (cadence.frequency === "monthly_nth_weekday") {
    const day = WEEKDAY_CODES.indexOf(cadence.weekday ?? "MO");
    return t("cadence.phrase.monthly", {
      nth: nthPhrase(t, (cadence.nth ?? 1) as Nth, day),
      day: weekdayName(locale, day),
    });
  }
  return t("cadence.phrase.none");
}

/** A cadence as the API wants it, from the form's choices. */
export function buildCadence(
  frequency: CadenceFrequency,
  options: { interval: number; weekday: Weekday; nth: Nth },
): Cadence {
  if (frequency === "every_n_weeks") return { frequency, interval: options.interval };
  if (frequency === "monthly_nth_weekday") return { frequency, weekday: options.weekday, nth: options.nth };
  return { frequency };
}
