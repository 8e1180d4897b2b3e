import type { Kysely } from "kysely";
import type { DashboardRow } from "../../../shared/schemas/insights.js";
import type { Actor, Deps } from "../../context.js";
import type { Database } from "../../db/schema.js";
import { callerIsActiveIn } from "../organizations/membership-policy.js";
import { pairAlerts } from "./alerts.js";
import { computeCadenceHealth, type HealthMeeting } from "./cadence-health.js";
import { healthSeriesOf, loadPairHistory } from "./insights.service.js";

/** The trend and the mood-drop alert read the last few check-ins of each pair. */
const RECENT_MOODS = 8;

/**
 * The last check-ins of each pair, oldest first: one short index range per pair
 * (UNION ALL), so the cost doesn't grow with years of history.
 */
async function recentMoods(db: Kysely<Database>, seriesIds: string[]) {
  const perPair = seriesIds.map((id) =>
    db
      .selectFrom(
        db
          .selectFrom("meetings")
          .innerJoin("checkIns", "checkIns.meetingId", "meetings.id")
          .select(["meetings.oneOnOneId", "checkIns.mood", "meetings.scheduledAt"])
          .where("meetings.oneOnOneId", "=", id)
          .where("meetings.status", "!=", "canceled")
          .orderBy("meetings.scheduledAt", "desc")
          .limit(RECENT_MOODS)
          .as("recent"),
      )
      .selectAll(),
  );
  const [first, ...rest] = perPair;
  if (!first) return [];
  const rows = await rest.reduce((query, next) => query.unionAll(next), first).execute();
  return rows.sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
}

/**
 * One row per person the caller leads: last and next 1:1, open and overdue
 * actions, mood trend, cadence health and alerts — sorted so whoever needs
 * attention comes first. A fixed number of queries however many people.
 */
export async function getDashboard(deps: Deps, actor: Actor): Promise<DashboardRow[]> {
  const db = deps.db.kysely;
  const series = await db
    .selectFrom("oneOnOnes")
    .innerJoin("users as teammate", "teammate.id", "oneOnOnes.teammateId")
    .selectAll("oneOnOnes")
    .select(["teammate.name as teammateName", "teammate.email as teammateEmail"])
    .where("oneOnOnes.leaderId", "=", actor.userId)
    .where("oneOnOnes.status", "!=", "ended")
    .where((eb) => callerIsActiveIn(eb, "oneOnOnes.organizationId", actor))
    .execute();
  const ids = series.map((s) => s.id);
  if (ids.length === 0) return [];
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const [{ meetings }, moods, actions] = await Promise.all([
    loadPairHistory(db, ids, { moods: false, ratings: false }),
    recentMoods(db, ids),
    db
      .selectFrom("actionItems")
      .select([
        "oneOnOneId",
        (eb) => eb.fn.countAll<number>().as("open"),
        (eb) => eb.fn.sum<number>(eb.case().when("dueDate", "<", today).then(1).else(0).end()).as("overdue"),
      ])
      .where("oneOnOneId", "in", ids)
      .where("status", "=", "open")
      .groupBy("oneOnOneId")
      .execute(),
  ]);
  const rows = series.map((s): DashboardRow => {
    const mine = meetings.filter((m) => m.oneOnOneId === s.id) as Array<HealthMeeting & { id: string }>;
    const moodValues = moods.filter((m) => m.oneOnOneId === s.id).map((m) => m.mood);
    const health = computeCadenceHealth(healthSeriesOf(s), mine, now);
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
