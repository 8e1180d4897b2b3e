import type { Deps } from "../../context.js";
import {
  type AggregateGroup,
  type Contribution,
  type PublishedAverage,
  publishAverages,
} from "./complementary-suppression.js";
import { findSnapshot, insertSnapshotUnlessStored, loadValues } from "./published-averages.repo.js";

/**
 * The period of the mood and rating averages: the last complete calendar month (UTC). A closed
 * period's figures do not move as new check-ins arrive, so two days' answers cannot be subtracted.
 */
export function aggregatePeriodOf(now: Date): { from: string; to: string } {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 1, 1));
  return { from: from.toISOString(), to: to.toISOString() };
}

type ValueRow = { key: string; leaderId: string; teammateId: string; kind: string; userId: string; value: number };
type Figures = { rating: Record<string, PublishedAverage>; mood: Record<string, PublishedAverage> };

/**
 * The workspace and each manager's team as nested groups of contributions (P4). A team's are
 * the check-ins and ratings teammates gave in manager 1:1s that manager led: facts of past
 * meetings, so moving someone to another team later changes no figure.
 */
function aggregateGroups(rows: ValueRow[]): AggregateGroup[] {
  const asContribution = (r: ValueRow): Contribution => ({ key: r.key, personId: r.userId, value: Number(r.value) });
  const inTeam = rows.filter((r) => r.kind === "manager" && r.userId === r.teammateId);
  const managers = [...new Set(inTeam.map((r) => r.leaderId))];
  return [
    { id: "workspace", parentId: null, contributions: rows.map(asContribution) },
    ...managers.map((managerId) => ({
      id: managerId,
      parentId: "workspace",
      contributions: inTeam.filter((r) => r.leaderId === managerId).map(asContribution),
    })),
  ];
}

const HIDDEN_EMPTY: PublishedAverage = { value: null, people: 0, suppressed: true, reason: "small_group" };

/**
 * The workspace's and each team's average mood and rating over the last closed month, with
 * complementary suppression (P4). Computed once, when first asked for after the month closed,
 * and kept: a late or edited check-in or rating never moves a figure an admin has seen.
 */
export async function loadPublishedAverages(deps: Deps, organizationId: string, now: Date) {
  const db = deps.db.kysely;
  const period = aggregatePeriodOf(now);
  const stored = () => findSnapshot(db, organizationId, period.from);
  let row = await stored();
  if (!row) {
    const { ratings, moods } = await loadValues(db, organizationId, period);
    const asRecord = (m: Map<string, PublishedAverage>) => Object.fromEntries(m);
    const figures: Figures = {
      rating: asRecord(publishAverages(aggregateGroups(ratings))),
      mood: asRecord(publishAverages(aggregateGroups(moods))),
    };
    // Two first readers at once: one snapshot wins, and both answer with it.
    await insertSnapshotUnlessStored(db, {
      organizationId,
      periodFrom: period.from,
      figures: JSON.stringify(figures),
      createdAt: now.toISOString(),
    });
    row = await stored();
  }
  const figures = JSON.parse(row?.figures ?? '{"rating":{},"mood":{}}') as Figures;
  return {
    period,
    rating: (groupId: string) => figures.rating[groupId] ?? HIDDEN_EMPTY,
    mood: (groupId: string) => figures.mood[groupId] ?? HIDDEN_EMPTY,
  };
}
