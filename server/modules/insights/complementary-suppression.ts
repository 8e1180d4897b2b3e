/** P4: no mood or rating aggregate over fewer people than this, nor a difference of two published ones. */
export const MIN_GROUP_FOR_AGGREGATES = 5;

/** One contribution to an aggregate: a check-in's mood or a rating, keyed so nested groups can be compared. */
export interface Contribution {
  key: string;
  personId: string;
  value: number;
}

/**
 * A group in a tree of nested groups (workspace > team > sub-team): its contributions
 * include every contribution of its children, and siblings share none.
 */
export interface AggregateGroup {
  id: string;
  parentId: string | null;
  contributions: Contribution[];
}

export type SuppressionReason = "small_group" | "complementary";

export interface PublishedAverage {
  value: number | null;
  people: number;
  suppressed: boolean;
  /** Why it is hidden: fewer than 5 people, or it would let a smaller group be worked out by subtraction. */
  reason: SuppressionReason | null;
}

const peopleOf = (contributions: Contribution[]) => new Set(contributions.map((c) => c.personId)).size;
const averageOf = (contributions: Contribution[]) =>
  Math.round((contributions.reduce((sum, c) => sum + c.value, 0) / contributions.length) * 10) / 10;

/**
 * Complementary suppression over a tree of nested groups (P4). A group is published only when
 * at least 5 people contribute to it, and, for every published group, what is left of it once
 * its nearest published descendants are taken away is either nothing or contributed by at least
 * 5 people. Any sum an admin can form from published figures is then a union of such remainders,
 * so no one's value — and no group of fewer than 5 — can be recovered by subtraction.
 * Where a remainder is too small, the smallest published descendant is hidden too (never the
 * group above it), until nothing is left to fix.
 */
export function publishAverages(
  groups: AggregateGroup[],
  minPeople = MIN_GROUP_FOR_AGGREGATES,
): Map<string, PublishedAverage> {
  const children = new Map<string, AggregateGroup[]>();
  for (const g of groups) {
    if (g.parentId === null) continue;
    children.set(g.parentId, [...(children.get(g.parentId) ?? []), g]);
  }
  const people = new Map(groups.map((g) => [g.id, peopleOf(g.contributions)]));
  const reason = new Map<string, SuppressionReason>();
  for (const g of groups) if ((people.get(g.id) ?? 0) < minPeople) reason.set(g.id, "small_group");

  /** The published groups nearest below `g` (hidden ones are looked through). */
  const nearestPublished = (g: AggregateGroup): AggregateGroup[] =>
    (children.get(g.id) ?? []).flatMap((c) => (reason.has(c.id) ? nearestPublished(c) : [c]));

  for (let changed = true; changed; ) {
    changed = false;
    for (const g of groups) {
      if (reason.has(g.id)) continue;
      const below = nearestPublished(g);
      const taken = new Set(below.flatMap((c) => c.contributions.map((x) => x.key)));
      const remainder = g.contributions.filter((x) => !taken.has(x.key));
      const remaining = peopleOf(remainder);
      if (remaining === 0 || remaining >= minPeople) continue;
      const smallest = [...below].sort(
        (a, b) => (people.get(a.id) ?? 0) - (people.get(b.id) ?? 0) || a.id.localeCompare(b.id),
      )[0];
      // A published group's remainder is the group itself when nothing below is published, and it has 5 people.
      if (!smallest) throw new Error(`group ${g.id}: remainder without a published descendant`);
      reason.set(smallest.id, "complementary");
      changed = true;
    }
  }

  return new Map(
    groups.map((g) => {
      const why = reason.get(g.id) ?? null;
      return [
        g.id,
        {
          value: why || g.contributions.length === 0 ? null : averageOf(g.contributions),
          people: people.get(g.id) ?? 0,
          suppressed: why !== null,
          reason: why,
        },
      ];
    }),
  );
}
