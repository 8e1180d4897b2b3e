import { DateTime } from "luxon";
import type { Weekday as RRuleWeekday } from "rrule";
import * as rruleModule from "rrule";
import type { Cadence, Weekday } from "../../../shared/schemas/cadence.js";
import { WEEKDAYS } from "../../../shared/schemas/cadence.js";

// rrule's Node entry is UMD: under plain Node ESM its exports arrive on `default`; bundlers and Vitest see them directly.
const { RRule, Frequency } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;
type RRule = InstanceType<typeof RRule>;

const RRULE_DAYS: Record<Weekday, RRuleWeekday> = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
};

export interface OneOnOneTiming {
  cadence: Cadence;
  /** The first meeting, as a UTC instant (ISO string or Date). */
  firstMeetingAt: string | Date;
  /** IANA zone whose wall-clock time the 1:1 keeps. */
  timezone: string;
}

/**
 * rrule works on "floating" dates: we feed it local wall-clock times encoded as
 * UTC and convert each result back through the zone, so 09:00 stays 09:00
 * across daylight-saving changes.
 */
function toFloating(instant: Date, timezone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone: timezone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

function fromFloating(floating: Date, timezone: string): Date {
  return DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
      second: floating.getUTCSeconds(),
    },
    { zone: timezone },
  ).toJSDate();
}

/** The weekday (MO..SU) of an instant in a zone. */
export function weekdayIn(instant: Date, timezone: string): Weekday {
  return WEEKDAYS[DateTime.fromJSDate(instant, { zone: timezone }).weekday - 1] as Weekday;
}

/** The RFC 5545 rule of a 1:1, in floating local time; null when it does not recur. */
export function buildRule(oneOnOne: OneOnOneTiming): RRule | null {
  const { cadence, timezone } = oneOnOne;
  const first = new Date(oneOnOne.firstMeetingAt);
  const dtstart = toFloating(first, timezone);
  switch (cadence.frequency) {
    case "none":
      return null;
    case "weekly":
    case "biweekly":
    case "every_n_weeks": {
      const interval =
        cadence.frequency === "weekly" ? 1 : cadence.frequency === "biweekly" ? 2 : (cadence.interval ?? 1);
      return new RRule({
        freq: Frequency.WEEKLY,
        interval,
        byweekday: [RRULE_DAYS[weekdayIn(first, timezone)]],
        dtstart,
      });
    }
    case "monthly_nth_weekday": {
      const day = RRULE_DAYS[cadence.weekday ?? weekdayIn(first, timezone)];
      return new RRule({ freq: Frequency.MONTHLY, byweekday: [day.nth(cadence.nth ?? 1)], dtstart });
    }
  }
}

/** The RRULE line (without DTSTART) for calendars, e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`. */
export function rruleLine(oneOnOne: OneOnOneTiming): string | null {
  const rule = buildRule(oneOnOne);
  if (!rule) return null;
  const { dtstart: _ignored, ...options } = rule.origOptions;
  return new RRule(options).toString().replace(/^RRULE:/, "");
}

/** The first cadence occurrence strictly after `after`, as a UTC instant; null when none. */
export function nextOccurrence(oneOnOne: OneOnOneTiming, after: Date): Date | null {
  const first = new Date(oneOnOne.firstMeetingAt);
  if (after < first) return first;
  const rule = buildRule(oneOnOne);
  if (!rule) return null;
  const next = rule.after(toFloating(after, oneOnOne.timezone), false);
  return next ? fromFloating(next, oneOnOne.timezone) : null;
}

/** Cadence occurrences in [from, to), as UTC instants, including the first meeting. */
export function occurrencesBetween(oneOnOne: OneOnOneTiming, from: Date, to: Date): Date[] {
  const first = new Date(oneOnOne.firstMeetingAt);
  const rule = buildRule(oneOnOne);
  const result: Date[] = [];
  if (first >= from && first < to) result.push(first);
  if (!rule) return result;
  const floatingFrom = toFloating(from > first ? from : first, oneOnOne.timezone);
  const floatingTo = toFloating(to, oneOnOne.timezone);
  for (const floating of rule.between(floatingFrom, floatingTo, true)) {
    const instant = fromFloating(floating, oneOnOne.timezone);
    if (instant > first && instant >= from && instant < to) result.push(instant);
  }
  return result;
}
