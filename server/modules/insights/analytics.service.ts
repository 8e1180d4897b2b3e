import type { Analytics } from "../../../shared/schemas/analytics.js";
import type { Actor, Deps } from "../../context.js";
import { cadenceOf } from "../one-on-ones/cadence.js";
import { occurrencesBetween } from "../one-on-ones/recurrence.js";
import { requireAdmin } from "../organizations/membership-policy.js";
import {
  countMeetingsPerMonth,
  countMeetingsPerOneOnOne,
  listActivePeople,
  listLastHeldPerPair,
  listOpenOneOnOne,
} from "./analytics.repo.js";
import { loadPublishedAverages } from "./published-averages.js";

const DAY_MS = 24 * 3600 * 1000;
const WINDOW_DAYS = 90;

type Counts = { expected: number; held: number; canceled: number; rescheduled: number };
const pct = (part: number, whole: number) => (whole === 0 ? null : Math.min(100, Math.round((part / whole) * 100)));

function rates(c: Counts) {
  const due = c.held + c.canceled;
  return {
    adherence: pct(c.held, c.expected),
    cancelRate: pct(c.canceled, due),
    rescheduleRate: pct(c.rescheduled, due),
  };
}

/**
 * Workspace analytics for admins — metadata only (P3): coverage, cadence
 * adherence and cancel/reschedule rates by team (a manager's direct reports),
 * monthly trends. Never content, never one person's mood.
 */
export async function getAnalytics(deps: Deps, actor: Actor, organizationId: string): Promise<Analytics> {
  await requireAdmin(deps, actor, organizationId);
  const db = deps.db.kysely;
  const now = deps.clock.now();
  const since = new Date(now.getTime() - WINDOW_DAYS * DAY_MS);
  const sinceIso = since.toISOString();
  const nowIso = now.toISOString();
  const [people, oneOnOne, perOneOnOne, lastHeld, months, published] = await Promise.all([
    listActivePeople(db, organizationId),
    listOpenOneOnOne(db, organizationId),
    countMeetingsPerOneOnOne(db, organizationId, sinceIso, nowIso),
    listLastHeldPerPair(db, organizationId, new Date(now.getTime() - 90 * DAY_MS).toISOString()),
    countMeetingsPerMonth(db, organizationId, new Date(now.getTime() - 180 * DAY_MS).toISOString(), nowIso),
    loadPublishedAverages(deps, organizationId, now),
  ]);

  const counted = new Map(perOneOnOne.map((r) => [r.oneOnOneId, r]));
  const countsOf = (ids: Set<string>): Counts => {
    const c: Counts = { expected: 0, held: 0, canceled: 0, rescheduled: 0 };
    for (const s of oneOnOne) {
      if (!ids.has(s.id)) continue;
      const row = counted.get(s.id);
      c.held += Number(row?.held ?? 0);
      c.canceled += Number(row?.canceled ?? 0);
      c.rescheduled += Number(row?.rescheduled ?? 0);
      const timing = { cadence: cadenceOf(s), firstMeetingAt: s.firstMeetingAt, timezone: s.timezone };
      c.expected +=
        cadenceOf(s).frequency === "none"
          ? Number(row?.held ?? 0) + Number(row?.canceled ?? 0)
          : occurrencesBetween(timing, since, new Date(now.getTime() + 1)).length;
    }
    return c;
  };

  const coverage = [30, 60, 90].map((days) => {
    const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
    const met = new Set<string>();
    for (const r of lastHeld) {
      if (String(r.last) >= cutoff) {
        met.add(r.leaderId);
        met.add(r.teammateId);
      }
    }
    const uncovered = people
      .filter((p) => !met.has(p.id))
      .map((p) => ({ id: p.id, name: p.name, managerId: p.managerId }));
    return { days, covered: people.length - uncovered.length, uncovered };
  });

  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const managerIds = [
    ...new Set(people.map((p) => p.managerId).filter((m): m is string => m !== null && nameOf.has(m))),
  ];
  const teams = managerIds.map((managerId) => {
    const members = new Set(people.filter((p) => p.managerId === managerId).map((p) => p.id));
    const oneOnOneIds = new Set(oneOnOne.filter((s) => members.has(s.teammateId)).map((s) => s.id));
    const counts = countsOf(oneOnOneIds);
    return {
      manager: { id: managerId, name: nameOf.get(managerId) as string },
      size: members.size,
      pairs: oneOnOneIds.size,
      ...counts,
      ...rates(counts),
      averageRating: published.rating(managerId),
      averageMood: published.mood(managerId),
    };
  });

  const allIds = new Set(oneOnOne.map((s) => s.id));
  const overallCounts = countsOf(allIds);
  return {
    windowDays: WINDOW_DAYS,
    aggregatePeriod: published.period,
    activePeople: people.length,
    coverage,
    overall: {
      pairs: allIds.size,
      ...overallCounts,
      ...rates(overallCounts),
      averageRating: published.rating("workspace"),
      averageMood: published.mood("workspace"),
    },
    teams: teams.sort(
      (a, b) => (a.adherence ?? 101) - (b.adherence ?? 101) || a.manager.name.localeCompare(b.manager.name),
    ),
    months: months.map((m) => ({
      month: m.month,
      held: Number(m.held),
      canceled: Number(m.canceled),
      rescheduled: Number(m.rescheduled),
    })),
  };
}
