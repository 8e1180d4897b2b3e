import { type OneOnOneTiming, occurrencesBetween } from "./recurrence.js";

const YEAR_MS = 366 * 24 * 3600 * 1000;
/** Cadences kept; one per 1:1 in use, so a few thousand covers a large company. */
const CACHE_SIZE = 5000;

interface Slots {
  /** Occurrence instants (ms), ascending, from the first meeting up to `until`. */
  times: number[];
  until: number;
}

const cache = new Map<string, Slots>();

/**
 * A 1:1's cadence slots from its first meeting to a year past `at`. Slots are a
 * pure function of the cadence, the first meeting and the zone, so they are
 * computed once a year per 1:1 instead of on every page: walking two years of
 * weekly slots through rrule and Luxon was a third of the dashboard's time.
 */
function slotsAround(timing: OneOnOneTiming, at: number): number[] {
  const key = `${new Date(timing.firstMeetingAt).toISOString()}|${timing.timezone}|${JSON.stringify(timing.cadence)}`;
  const hit = cache.get(key);
  if (hit && hit.until > at) {
    // Most recently used last, so the oldest is the one to evict.
    cache.delete(key);
    cache.set(key, hit);
    return hit.times;
  }
  const first = new Date(timing.firstMeetingAt);
  const until = Math.max(at, first.getTime()) + YEAR_MS;
  const times = occurrencesBetween(timing, first, new Date(until)).map((d) => d.getTime());
  cache.set(key, { times, until });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return times;
}

/** Index of the first slot after `at` (strictly). */
function firstAfter(times: number[], at: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((times[mid] as number) <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many cadence slots fell from the first meeting up to `now` (inclusive). */
export function countSlotsThrough(timing: OneOnOneTiming, now: Date): number {
  return firstAfter(slotsAround(timing, now.getTime()), now.getTime());
}

/** The first cadence slot strictly after `after` (the first meeting when `after` precedes it), or null. */
export function nextSlotOf(timing: OneOnOneTiming, after: Date): Date | null {
  const times = slotsAround(timing, after.getTime());
  const next = times[firstAfter(times, after.getTime())];
  return next === undefined ? null : new Date(next);
}
