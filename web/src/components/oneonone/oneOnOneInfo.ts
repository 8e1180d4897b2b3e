import type { OneOnOne, PersonRef } from "../../../../shared/schemas/one-on-ones.js";
import { utcToZoned } from "../../time/zonedTime.js";
import { WEEKDAY_CODES } from "../cadence/cadence.js";

/**
 * The weekday (0 = Monday) a weekly rhythm falls on: the cadence's own (the server says it from
 * the rhythm's anchor), never the next meeting's, which may have been moved on its own.
 */
export function oneOnOneWeekday(oneOnOne: Pick<OneOnOne, "cadence" | "firstMeetingAt" | "timezone">): number {
  const day = oneOnOne.cadence.weekday ? WEEKDAY_CODES.indexOf(oneOnOne.cadence.weekday) : -1;
  return day >= 0 ? day : utcToZoned(oneOnOne.firstMeetingAt, oneOnOne.timezone).weekday;
}

/** The other person in the pair. */
export function counterpartOf(oneOnOne: Pick<OneOnOne, "leader" | "teammate">, meId: string): PersonRef {
  return oneOnOne.leader.id === meId ? oneOnOne.teammate : oneOnOne.leader;
}
