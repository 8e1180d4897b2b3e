import type { Cadence } from "../../../shared/schemas/cadence.js";
import { cadencePeriodDays } from "../../../shared/schemas/cadence.js";
import { countSlotsThrough } from "../one-on-ones/slot-cache.js";

const DAY_MS = 24 * 3600 * 1000;

export interface HealthOneOnOne {
  cadence: Cadence;
  firstMeetingAt: string;
  timezone: string;
  status: "active" | "paused" | "ended";
}

export interface HealthMeeting {
  scheduledAt: string;
  originalScheduledAt: string | null;
  status: "scheduled" | "completed" | "canceled";
  /** When it was held (wrapped up); the rhythm is measured from this, never from the plan. */
  completedAt?: string | null;
}

/** When a meeting took place: a held one when it was completed, any other at its scheduled time. */
export const heldAt = (m: HealthMeeting): string =>
  m.status === "completed" && m.completedAt ? m.completedAt : m.scheduledAt;

/** The meeting held last (by when it was held), if any. */
export function lastHeldMeeting<M extends HealthMeeting>(meetings: M[]): M | undefined {
  return meetings
    .filter((m) => m.status === "completed")
    .reduce<M | undefined>((last, m) => (last && heldAt(last) >= heldAt(m) ? last : m), undefined);
}

export interface CadenceHealth {
  /** Cadence slots from the first meeting until now (held + cancelled when there is no cadence). */
  expected: number;
  held: number;
  canceled: number;
  rescheduled: number;
  /** held ÷ expected as a whole percentage, capped at 100; null when nothing was expected yet. */
  adherence: number | null;
  /** Held meetings in a row, most recent first, until a cancellation or a gap beyond 1.5 × the cadence. */
  currentStreak: number;
  /** The longest stretch in days between held meetings (and from the last one to now). */
  longestGapDays: number;
  /** Days since the last held meeting; null when none was held. */
  daysSinceLast: number | null;
  /** True when the time since the last meeting exceeds 1.5 × the cadence. */
  overdue: boolean;
}

const days = (ms: number) => Math.floor(ms / DAY_MS);

/**
 * How regularly a pair meets, computed from its meetings at `now` (DESIGN §4 flows 8–9).
 * Gaps, streaks and "days since" use when meetings were held (`completedAt`), so a
 * meeting held early never reads as "in the future".
 */
export function computeCadenceHealth(oneOnOne: HealthOneOnOne, meetings: HealthMeeting[], now: Date): CadenceHealth {
  const past = meetings
    .filter((m) => new Date(m.scheduledAt) <= now || m.status !== "scheduled")
    .sort((a, b) => heldAt(a).localeCompare(heldAt(b)));
  const held = past.filter((m) => m.status === "completed");
  const canceled = past.filter((m) => m.status === "canceled").length;
  const rescheduled = past.filter((m) => m.originalScheduledAt !== null).length;
  const first = new Date(oneOnOne.firstMeetingAt);
  const period = cadencePeriodDays(oneOnOne.cadence);
  const expected =
    period === null || first > now
      ? held.length + canceled
      : countSlotsThrough({ cadence: oneOnOne.cadence, firstMeetingAt: first, timezone: oneOnOne.timezone }, now);
  const adherence = expected === 0 ? null : Math.min(100, Math.round((held.length / expected) * 100));

  const heldTimes = held.map((m) => new Date(heldAt(m)).getTime());
  let longestGap = 0;
  for (let i = 1; i < heldTimes.length; i++)
    longestGap = Math.max(longestGap, (heldTimes[i] as number) - (heldTimes[i - 1] as number));
  const last = heldTimes[heldTimes.length - 1];
  if (last !== undefined && oneOnOne.status === "active") longestGap = Math.max(longestGap, now.getTime() - last);

  const allowed = period === null ? Number.POSITIVE_INFINITY : 1.5 * period * DAY_MS;
  let streak = 0;
  let after = now.getTime();
  for (let i = past.length - 1; i >= 0; i--) {
    const m = past[i] as HealthMeeting;
    if (m.status === "canceled") break;
    if (m.status !== "completed") continue;
    const at = new Date(heldAt(m)).getTime();
    if (after - at > allowed) break;
    streak++;
    after = at;
  }

  const sinceLast = last === undefined ? null : Math.max(0, now.getTime() - last);
  const overdueSince = sinceLast ?? (first <= now ? now.getTime() - first.getTime() : 0);
  return {
    expected,
    held: held.length,
    canceled,
    rescheduled,
    adherence,
    currentStreak: streak,
    longestGapDays: days(longestGap),
    daysSinceLast: sinceLast === null ? null : days(sinceLast),
    overdue: oneOnOne.status === "active" && period !== null && overdueSince > allowed,
  };
}
