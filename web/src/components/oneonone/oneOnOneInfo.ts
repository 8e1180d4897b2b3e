import type { OneOnOne, PersonRef } from "../../../../shared/schemas/one-on-ones.js";
import { utcToZoned } from "../../time/zonedTime.js";

/**
 * The weekday (0 = Monday) a weekly rhythm falls on: the upcoming meeting's, else the first one's,
 * in the series' zone. (The API doesn't expose the rhythm's anchor itself.)
 */
export function oneOnOneWeekday(series: Pick<OneOnOne, "nextMeeting" | "firstMeetingAt" | "timezone">): number {
  const at = series.nextMeeting?.status === "scheduled" ? series.nextMeeting.scheduledAt : series.firstMeetingAt;
  return utcToZoned(at, series.timezone).weekday;
}

/** The other person in the pair. */
export function counterpartOf(series: Pick<OneOnOne, "leader" | "teammate">, meId: string): PersonRef {
  return series.leader.id === meId ? series.teammate : series.leader;
}
