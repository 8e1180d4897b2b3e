import type { Cadence } from "../../../shared/schemas/cadence.js";
import { occurrencesBetween } from "../one-on-ones/recurrence.js";

const YEAR_MS = 366 * 24 * 3600 * 1000;
/** Cadences kept; one per series a leader's dashboard shows, so a few thousand covers a large company. */
const CACHE_SIZE = 5000;

interface Slots {
  /** Occurrence instants (ms), ascending, from the first meeting up to `until`. */
  times: number[];
  until: number;
}

const cache = new Map<string, Slots>();

function slotsUntil(cadence: Cadence, first: Date, timezone: string, now: number): number[] {
  const key = `${first.toISOString()}|${timezone}|${JSON.stringify(cadence)}`;
  const hit = cache.get(key);
  if (hit && hit.until > now) {
    // Most recently used last, so the oldest is the one to evict.
    cache.delete(key);
    cache.set(key, hit);
    return hit.times;
  }
  const until = now + YEAR_MS;
  const times = occurrencesBetween({ cadence, firstMeetingAt: first, timezone }, first, new Date(until)).map((d) =>
    d.getTime(),
  );
  cache.set(key, { times, until });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return times;
}

/**
 * How many cadence slots fell between the first meeting and `now` (inclusive). The
 * occurrences of a cadence never change, so they are computed once a year per
 * series (a pure function of the cadence, the first meeting and the zone) and
 * counted by binary search: the dashboard spent a third of its time in rrule and
 * Luxon recomputing two years of weekly slots for every person on every load.
 */
export function countExpectedSlots(cadence: Cadence, first: Date, timezone: string, now: Date): number {
  const times = slotsUntil(cadence, first, timezone, now.getTime());
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((times[mid] as number) <= now.getTime()) low = mid + 1;
    else high = mid;
  }
  return low;
}
