import type { OneOnOne, PersonRef } from "../../../../shared/schemas/one-on-ones.js";
import { utcToZoned } from "../../time/zonedTime.js";

/**
 * The weekday (0 = Monday) a weekly rhythm falls on: the upcoming meeting's, else the first one's,
 * in the 1:1's zone. (The API doesn't expose the rhythm's anchor itself.)
 */
export function oneOnOneWeekday(oneOnOne: Pick<OneOnOne, "nextMeeting" | "firstMeetingAt" | "timezone">): number {
  const at = oneOnOne.nextMeeting?.status === "scheduled" ? oneOnOne.nextMeeting.scheduledAt : oneOnOne.firstMeetingAt;
  return utcToZoned(at, oneOnOne.timezone).weekday;
}

/** The other person in the pair. */
export function counterpartOf(oneOnOne: Pick<OneOnOne, "leader" | "teammate">, meId: string): PersonRef {
  return oneOnOne.leader.id === meId ? oneOnOne.teammate : oneOnOne.leader;
}
