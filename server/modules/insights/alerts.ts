import type { AlertKind } from "../../../shared/schemas/insights.js";
import type { CadenceHealth, HealthMeeting } from "./cadence-health.js";

export type { AlertKind };

/**
 * A mood drop: the latest mood is at least 1.5 below the average of the
 * (up to) four before it, or the last two are both 2 or lower.
 */
export function hasMoodDrop(moods: number[]): boolean {
  const latest = moods[moods.length - 1];
  if (latest === undefined) return false;
  const previous = moods.slice(-5, -1);
  if (previous.length >= 2) {
    const average = previous.reduce((a, b) => a + b, 0) / previous.length;
    if (average - latest >= 1.5) return true;
  }
  const beforeLatest = moods[moods.length - 2];
  return beforeLatest !== undefined && latest <= 2 && beforeLatest <= 2;
}

/** A low mood: the latest check-in is 2 or lower, even when it is the first one. */
export function hasLowMood(moods: number[]): boolean {
  const latest = moods[moods.length - 1];
  return latest !== undefined && latest <= 2;
}

/**
 * Two or more cancellations among the last four occurrences held or cancelled. A
 * cancellation counts once it is made, not when its date passes: cancelling the
 * next two 1:1s in advance is the signal.
 */
export function hasRepeatedCancellations(meetings: HealthMeeting[]): boolean {
  const decided = meetings
    .filter((m) => m.status !== "scheduled")
    .sort((a, b) => (a.originalScheduledAt ?? a.scheduledAt).localeCompare(b.originalScheduledAt ?? b.scheduledAt))
    .slice(-4);
  return decided.filter((m) => m.status === "canceled").length >= 2;
}

/** What the alerts of one pair are read from. */
export interface PairSignals {
  health: CadenceHealth;
  /** Check-in moods, oldest first. */
  moods: number[];
  meetings: HealthMeeting[];
  /** Open actions past their due date. */
  overdueActions: number;
}

/** The alerts a leader sees for one pair, most urgent first. */
export function pairAlerts({ health, moods, meetings, overdueActions }: PairSignals): AlertKind[] {
  const alerts: AlertKind[] = [];
  if (hasLowMood(moods)) alerts.push("low_mood");
  if (hasMoodDrop(moods)) alerts.push("mood_drop");
  if (health.overdue) alerts.push("overdue");
  if (overdueActions > 0) alerts.push("overdue_actions");
  if (hasRepeatedCancellations(meetings)) alerts.push("repeated_cancellations");
  return alerts;
}
