import type { Selectable } from "kysely";
import type { Insights } from "../../../shared/schemas/insights.js";
import type { Actor, Deps } from "../../context.js";
import type { Executor } from "../../db/executor.js";
import type { OneOnOnesTable } from "../../db/schema.js";
import { cadenceOf } from "../one-on-ones/cadence.js";
import { requireParticipant } from "../one-on-ones/pair-policy.js";
import { presentRatingSharing, visibleRaters } from "../one-on-ones/rating-policy.js";
import { pairAlerts } from "./alerts.js";
import { computeCadenceHealth, type HealthMeeting } from "./cadence-health.js";
import { countOpenActions, listPairMeetings, listPairMoods, listPairRatings } from "./insights.repo.js";

/** The 1:1 fields cadence health needs. */
export const healthOneOnOneOf = (s: Selectable<OneOnOnesTable>) => ({
  cadence: cadenceOf(s),
  firstMeetingAt: s.firstMeetingAt,
  timezone: s.timezone,
  status: s.status,
});

/** Meetings, and unless left out, check-ins and ratings of some pairs, oldest first. */
export async function loadPairHistory(
  db: Executor,
  oneOnOneIds: string[],
  include: { moods: boolean; ratings: boolean } = { moods: true, ratings: true },
) {
  if (oneOnOneIds.length === 0) return { meetings: [], moods: [], ratings: [] };
  const [meetings, moods, ratings] = await Promise.all([
    listPairMeetings(db, oneOnOneIds),
    include.moods ? listPairMoods(db, oneOnOneIds) : [],
    include.ratings ? listPairRatings(db, oneOnOneIds) : [],
  ]);
  return { meetings, moods, ratings };
}

/**
 * Cadence health, mood and usefulness over time for one pair (participants only: P1, P3).
 * Ratings: the caller's own, and the teammate's when they share them with the leader.
 */
export async function getInsights(deps: Deps, actor: Actor, oneOnOneId: string): Promise<Insights> {
  const { oneOnOne } = await requireParticipant(deps, actor, oneOnOneId);
  const now = deps.clock.now();
  const [{ meetings, moods, ratings }, actions] = await Promise.all([
    loadPairHistory(deps.db.kysely, [oneOnOneId]),
    countOpenActions(deps.db.kysely, [oneOnOneId], now.toISOString().slice(0, 10)),
  ]);
  const health = computeCadenceHealth(healthOneOnOneOf(oneOnOne), meetings as HealthMeeting[], now);
  const byMeeting = new Map<
    string,
    { meetingId: string; date: string; leaderScore: number | null; teammateScore: number | null }
  >();
  // A rating is its author's alone: the caller's own, and the teammate's only when shared with the leader.
  const raters = visibleRaters(oneOnOne, actor.userId);
  for (const r of ratings) {
    if (!raters.has(r.userId)) continue;
    const point = byMeeting.get(r.meetingId) ?? {
      meetingId: r.meetingId,
      date: r.scheduledAt,
      leaderScore: null,
      teammateScore: null,
    };
    if (r.userId === oneOnOne.leaderId) point.leaderScore = r.score;
    if (r.userId === oneOnOne.teammateId) point.teammateScore = r.score;
    byMeeting.set(r.meetingId, point);
  }
  return {
    cadence: health,
    mood: moods.map((m) => ({ meetingId: m.meetingId, date: m.scheduledAt, mood: m.mood, energy: m.energy })),
    ratings: [...byMeeting.values()],
    ratingSharing: presentRatingSharing(oneOnOne, actor.userId),
    alerts: pairAlerts({
      health,
      moods: moods.map((m) => m.mood),
      meetings: meetings as HealthMeeting[],
      overdueActions: Number(actions[0]?.overdue ?? 0),
    }),
  };
}
