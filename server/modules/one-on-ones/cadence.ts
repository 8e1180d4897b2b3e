import type { Selectable } from "kysely";
import type { Cadence } from "../../../shared/schemas/cadence.js";
import type { MeetingsTable, OneOnOnesTable } from "../../db/schema.js";
import type { OneOnOneTiming } from "./recurrence.js";
import { nextSlotOf } from "./slot-cache.js";

/** The cadence stored in a 1:1 row. */
export function cadenceOf(
  row: Pick<Selectable<OneOnOnesTable>, "cadenceFrequency" | "cadenceInterval" | "cadenceWeekday" | "cadenceNth">,
): Cadence {
  const cadence: Cadence = { frequency: row.cadenceFrequency };
  if (row.cadenceInterval !== null) cadence.interval = row.cadenceInterval;
  if (row.cadenceWeekday !== null) cadence.weekday = row.cadenceWeekday as Cadence["weekday"];
  if (row.cadenceNth !== null) cadence.nth = row.cadenceNth as Cadence["nth"];
  return cadence;
}

/** The columns that store a cadence. */
export function cadenceColumns(cadence: Cadence) {
  return {
    cadenceFrequency: cadence.frequency,
    cadenceInterval: cadence.frequency === "every_n_weeks" ? (cadence.interval ?? 1) : null,
    cadenceWeekday: cadence.frequency === "monthly_nth_weekday" ? (cadence.weekday ?? null) : null,
    cadenceNth: cadence.frequency === "monthly_nth_weekday" ? (cadence.nth ?? null) : null,
  };
}

/** The 1:1's current rule: its cadence from its anchor, in its zone. */
export function timingOf(row: Selectable<OneOnOnesTable>): OneOnOneTiming {
  return { cadence: cadenceOf(row), firstMeetingAt: row.anchorAt, timezone: row.timezone };
}

/** The next cadence slot strictly after a moment, or null (no cadence, paused or ended). */
export function nextSlotAfter(row: Selectable<OneOnOnesTable>, after: Date): Date | null {
  if (row.status !== "active") return null;
  return nextSlotOf(timingOf(row), after);
}

/**
 * Where the cadence puts the meeting after `meeting`: the first slot after
 * both the slot it stood for (its original time) and now.
 */
export function nextSlotAfterMeeting(
  row: Selectable<OneOnOnesTable>,
  meeting: Pick<Selectable<MeetingsTable>, "scheduledAt" | "originalScheduledAt">,
  now: Date,
): Date | null {
  const slot = new Date(meeting.originalScheduledAt ?? meeting.scheduledAt);
  return nextSlotAfter(row, new Date(Math.max(slot.getTime(), now.getTime())));
}
