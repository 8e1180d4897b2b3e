import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, {
  ICalCalendarMethod,
  ICalEventRepeatingFreq,
  ICalEventStatus,
  type ICalRepeatingOptions,
  ICalWeekday,
} from "ical-generator";
import type { Selectable } from "kysely";
import { DateTime } from "luxon";
import type { Cadence } from "../../../shared/schemas/cadence.js";
import type { MeetingsTable, OneOnOnesTable } from "../../db/schema.js";
import { cadenceOf } from "../one-on-ones/cadence.js";
import { weekdayIn } from "../one-on-ones/recurrence.js";

export interface FeedOneOnOne {
  oneOnOne: Selectable<OneOnOnesTable>;
  leader: { name: string; email: string };
  teammate: { name: string; email: string };
  meetings: Array<
    Pick<
      Selectable<MeetingsTable>,
      "id" | "scheduledAt" | "originalScheduledAt" | "durationMinutes" | "status" | "sequence"
    >
  >;
}

const WEEKDAY: Record<string, ICalWeekday> = {
  MO: ICalWeekday.MO,
  TU: ICalWeekday.TU,
  WE: ICalWeekday.WE,
  TH: ICalWeekday.TH,
  FR: ICalWeekday.FR,
  SA: ICalWeekday.SA,
  SU: ICalWeekday.SU,
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** A display name for a TEXT value (SUMMARY): RFC 5545 TEXT holds no control character, so each becomes a space. */
export function icsText(value: string): string {
  return value.replace(CONTROL, " ").replace(/\s+/g, " ").trim() || "?";
}

/**
 * A display name made safe for a quoted parameter value (CN="…"). RFC 5545 has
 * no escape inside a quoted parameter (a backslash is literal), so a DQUOTE would
 * end the value and let the rest become parameters of its own: it becomes an
 * apostrophe; control characters and line breaks become spaces.
 */
export function icsParameterText(value: string): string {
  return icsText(value.replace(/"/g, "'"));
}

const weekdayOf = (date: Date, timezone: string) => WEEKDAY[weekdayIn(date, timezone)] as ICalWeekday;

/** The RRULE of a cadence as ical-generator options; null when it does not recur. */
function repeatingOf(cadence: Cadence, start: Date, timezone: string): ICalRepeatingOptions | null {
  switch (cadence.frequency) {
    case "none":
      return null;
    case "weekly":
      return { freq: ICalEventRepeatingFreq.WEEKLY, interval: 1, byDay: [weekdayOf(start, timezone)] };
    case "biweekly":
      return { freq: ICalEventRepeatingFreq.WEEKLY, interval: 2, byDay: [weekdayOf(start, timezone)] };
    case "every_n_weeks":
      return {
        freq: ICalEventRepeatingFreq.WEEKLY,
        interval: cadence.interval ?? 1,
        byDay: [weekdayOf(start, timezone)],
      };
    case "monthly_nth_weekday":
      return {
        freq: ICalEventRepeatingFreq.MONTHLY,
        byDay: [WEEKDAY[cadence.weekday ?? "MO"] as ICalWeekday],
        bySetPos: cadence.nth ?? 1,
      };
  }
}

/** ical-generator writes a plain Date as UTC wall time; a Luxon DateTime in the zone gives the local time under TZID. */
const inZone = (instant: string | Date, timezone: string) => DateTime.fromJSDate(new Date(instant), { zone: timezone });
const plusMinutes = (instant: string | Date, minutes: number) =>
  new Date(new Date(instant).getTime() + minutes * 60_000);

/**
 * A user's calendar: one VEVENT per 1:1 with its RRULE in the 1:1's zone
 * (TZID + VTIMEZONE), EXDATE for cancelled occurrences, RECURRENCE-ID events
 * for moved ones, and single events for meetings outside the current rule.
 * Descriptions hold a link only — never note content.
 */
export function buildFeed(appUrl: string, items: FeedOneOnOne[], method?: ICalCalendarMethod): string {
  const status = method === ICalCalendarMethod.CANCEL ? { status: ICalEventStatus.CANCELLED } : {};
  const calendar = ical({
    name: "Rapport 1:1s",
    prodId: { company: "Rapport", product: "Rapport", language: "EN" },
    timezone: { name: null, generator: getVtimezoneComponent },
    ...(method ? { method } : {}),
  });
  for (const { oneOnOne, leader, teammate, meetings } of items) {
    const summary = `1:1 ${icsText(leader.name)} / ${icsText(teammate.name)}`;
    const url = `${appUrl}/one-on-ones/${oneOnOne.id}`;
    const common = {
      ...status,
      summary,
      description: `Agenda, notes and actions: ${url}`,
      url,
      timezone: oneOnOne.timezone,
      organizer: { name: icsParameterText(leader.name), email: leader.email },
      attendees: [{ name: icsParameterText(teammate.name), email: teammate.email }],
    };
    const anchor = new Date(oneOnOne.anchorAt);
    const repeating = repeatingOf(cadenceOf(oneOnOne), anchor, oneOnOne.timezone);
    const slotOf = (m: FeedOneOnOne["meetings"][number]) => new Date(m.originalScheduledAt ?? m.scheduledAt);
    const inRule = (m: FeedOneOnOne["meetings"][number]) => repeating !== null && slotOf(m) >= anchor;
    if (repeating) {
      const canceled = meetings
        .filter((m) => inRule(m) && m.status === "canceled")
        .map((m) => inZone(slotOf(m), oneOnOne.timezone));
      const last = meetings[meetings.length - 1];
      const until = oneOnOne.status !== "active" && last ? inZone(slotOf(last), oneOnOne.timezone) : undefined;
      calendar.createEvent({
        ...common,
        id: `${oneOnOne.id}@rapport`,
        start: inZone(anchor, oneOnOne.timezone),
        end: inZone(plusMinutes(anchor, oneOnOne.durationMinutes), oneOnOne.timezone),
        sequence: oneOnOne.sequence,
        repeating: { ...repeating, ...(canceled.length ? { exclude: canceled } : {}), ...(until ? { until } : {}) },
      });
    }
    for (const m of meetings) {
      if (m.status === "canceled" && inRule(m)) continue;
      if (inRule(m)) {
        if (!m.originalScheduledAt) continue;
        calendar.createEvent({
          ...common,
          id: `${oneOnOne.id}@rapport`,
          recurrenceId: inZone(slotOf(m), oneOnOne.timezone),
          start: inZone(m.scheduledAt, oneOnOne.timezone),
          end: inZone(plusMinutes(m.scheduledAt, m.durationMinutes), oneOnOne.timezone),
          sequence: m.sequence,
        });
      } else if (m.status !== "canceled") {
        calendar.createEvent({
          ...common,
          id: `${m.id}@rapport`,
          start: inZone(m.scheduledAt, oneOnOne.timezone),
          end: inZone(plusMinutes(m.scheduledAt, m.durationMinutes), oneOnOne.timezone),
          sequence: m.sequence,
        });
      }
    }
  }
  return calendar.toString();
}
