import type { DashboardRow } from "../../../shared/schemas/insights.js";
import type { Actor, Deps } from "../../context.js";
import { pairAlerts } from "./alerts.js";
import { computeCadenceHealth, type HealthMeeting } from "./cadence-health.js";
import { countOpenActions, listLedOneOnOne, listRecentMoods } from "./insights.repo.js";
import { healthOneOnOneOf, loadPairHistory } from "./insights.service.js";

/**
 * One row per person the caller leads: last and next 1:1, open and overdue
 * actions, mood trend, cadence health and alerts — sorted so whoever needs
 * attention comes first. A fixed number of queries however many people.
 */
export async function getDashboard(deps: Deps, actor: Actor): Promise<DashboardRow[]> {
  const db = deps.db.kysely;
  const oneOnOne = await listLedOneOnOne(db, actor);
  const ids = oneOnOne.map((s) => s.id);
  if (ids.length === 0) return [];
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const [{ meetings }, moods, actions] = await Promise.all([
    loadPairHistory(db, ids, { moods: false, ratings: false }),
    listRecentMoods(db, ids),
    countOpenActions(db, ids, today),
  ]);
  const rows = oneOnOne.map((s): DashboardRow => {
    const mine = meetings.filter((m) => m.oneOnOneId === s.id) as Array<HealthMeeting & { id: string }>;
    const moodValues = moods.filter((m) => m.oneOnOneId === s.id).map((m) => m.mood);
    const health = computeCadenceHealth(healthOneOnOneOf(s), mine, now);
    const lastHeld = [...mine].reverse().find((m) => m.status === "completed");
    const next = mine.find((m) => m.status === "scheduled");
    const counts = actions.find((a) => a.oneOnOneId === s.id);
    return {
      oneOnOneId: s.id,
      teammate: { id: s.teammateId, name: s.teammateName, email: s.teammateEmail },
      kind: s.kind,
      status: s.status,
      lastMeetingAt: lastHeld?.scheduledAt ?? null,
      nextMeetingAt: next?.scheduledAt ?? null,
      nextMeetingId: next?.id ?? null,
      daysSinceLast: health.daysSinceLast,
      openActions: Number(counts?.open ?? 0),
      overdueActions: Number(counts?.overdue ?? 0),
      moodTrend: moodValues.slice(-8),
      cadenceHealth: health,
      alerts: pairAlerts(health, moodValues, mine, now),
    };
  });
  return rows.sort(
    (a, b) =>
      b.alerts.length - a.alerts.length ||
      (b.daysSinceLast ?? Number.MAX_SAFE_INTEGER) - (a.daysSinceLast ?? Number.MAX_SAFE_INTEGER) ||
      a.teammate.name.localeCompare(b.teammate.name),
  );
}
