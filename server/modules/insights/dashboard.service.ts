import type { Dashboard, DashboardRow } from "../../../shared/schemas/insights.js";
import type { Actor, Deps } from "../../context.js";
import { pairAlerts } from "./alerts.js";
import { computeCadenceHealth, type HealthMeeting, heldAt, lastHeldMeeting } from "./cadence-health.js";
import { countOpenActions, listDirectReports, listLedOneOnOne, listRecentMoods } from "./insights.repo.js";
import { healthOneOnOneOf, loadPairHistory } from "./insights.service.js";

type LedOneOnOne = Awaited<ReturnType<typeof listLedOneOnOne>>[number];

/** One row per 1:1 the caller leads, with its alerts; a fixed number of queries however many. */
async function pairRows(deps: Deps, oneOnOnes: LedOneOnOne[]): Promise<DashboardRow[]> {
  const db = deps.db.kysely;
  const ids = oneOnOnes.map((s) => s.id);
  if (ids.length === 0) return [];
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const [{ meetings }, moods, actions] = await Promise.all([
    loadPairHistory(db, ids, { moods: false, ratings: false }),
    listRecentMoods(db, ids),
    countOpenActions(db, ids, today),
  ]);
  return oneOnOnes.map((s): DashboardRow => {
    const mine = meetings.filter((m) => m.oneOnOneId === s.id) as Array<HealthMeeting & { id: string }>;
    const moodValues = moods.filter((m) => m.oneOnOneId === s.id).map((m) => m.mood);
    const health = computeCadenceHealth(healthOneOnOneOf(s), mine, now);
    const lastHeld = lastHeldMeeting(mine);
    const next = mine.find((m) => m.status === "scheduled");
    const counts = actions.find((a) => a.oneOnOneId === s.id);
    const overdueActions = Number(counts?.overdue ?? 0);
    return {
      oneOnOneId: s.id,
      teammate: { id: s.teammateId, name: s.teammateName, email: s.teammateEmail },
      kind: s.kind,
      status: s.status,
      lastMeetingAt: lastHeld ? heldAt(lastHeld) : null,
      nextMeetingAt: next?.scheduledAt ?? null,
      nextMeetingId: next?.id ?? null,
      daysSinceLast: health.daysSinceLast,
      openActions: Number(counts?.open ?? 0),
      overdueActions,
      moodTrend: moodValues.slice(-8),
      cadenceHealth: health,
      alerts: pairAlerts({ health, moods: moodValues, meetings: mine, overdueActions }),
    };
  });
}

/** A direct report with no 1:1 of theirs led by the caller. */
export const withoutOneOnOne = (person: { id: string; name: string; email: string }): DashboardRow => ({
  oneOnOneId: null,
  teammate: person,
  kind: null,
  status: null,
  lastMeetingAt: null,
  nextMeetingAt: null,
  nextMeetingId: null,
  daysSinceLast: null,
  openActions: 0,
  overdueActions: 0,
  moodTrend: [],
  cadenceHealth: null,
  alerts: ["no_one_on_one"],
});

/**
 * Everyone the caller leads: each 1:1 they lead (last and next 1:1, open and overdue
 * actions, mood trend, cadence health, alerts), and every direct report in the
 * reporting line without an active manager 1:1 (alert `no_one_on_one`). Sorted so
 * whoever needs attention comes first; `needsAttention` counts people, not rows.
 */
export async function getDashboard(deps: Deps, actor: Actor): Promise<Dashboard> {
  const db = deps.db.kysely;
  const [led, reports] = await Promise.all([listLedOneOnOne(db, actor), listDirectReports(db, actor)]);
  const rows = await pairRows(deps, led);
  for (const report of reports) {
    const managed = led.some((s) => s.teammateId === report.id && s.kind === "manager" && s.status === "active");
    if (managed) continue;
    const theirs = rows.find((r) => r.teammate.id === report.id);
    if (theirs) theirs.alerts.unshift("no_one_on_one");
    else rows.push(withoutOneOnOne(report));
  }
  rows.sort(
    (a, b) =>
      b.alerts.length - a.alerts.length ||
      (b.daysSinceLast ?? Number.MAX_SAFE_INTEGER) - (a.daysSinceLast ?? Number.MAX_SAFE_INTEGER) ||
      a.teammate.name.localeCompare(b.teammate.name),
  );
  const needsAttention = new Set(rows.filter((r) => r.alerts.length > 0).map((r) => r.teammate.id)).size;
  return { people: rows, needsAttention };
}
