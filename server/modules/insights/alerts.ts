import type { CadenceHealth, HealthMeeting } from "./cadence-health.js";

export type AlertKind = "overdue" | "mood_drop" | "repeated_cancellations";

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

/** Two or more cancellations among the last four occurrences that were due. */
export function hasRepeatedCancellations(meetings: HealthMeeting[], now: Date): boolean {
  const due = meetings
    .filter((m) => m.status !== "scheduled" && new Date(m.originalScheduledAt ?? m.scheduledAt) <= now)
    .sort((a, b) => (a.originalScheduledAt ?? a.scheduledAt).localeCompare(b.originalScheduledAt ?? b.scheduledAt))
    .slice(-4);
  return due.filter((m) => m.status === "canceled").length >= 2;
}

/** The alerts a leader sees for one pair, most urgent first. */
export function pairAlerts(health: CadenceHealth, moods: number[], meetings: HealthMeeting[], now: Date): AlertKind[] {
  const alerts: AlertKind[] = [];
  if (hasMoodDrop(moods)) alerts.push("mood_drop");
  if (health.overdue) alerts.push("overdue");
  if (hasRepeatedCancellations(meetings, now)) alerts.push("repeated_cancellations");
  return alerts;
}
