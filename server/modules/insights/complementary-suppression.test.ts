import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AggregateGroup, type Contribution, publishAverages } from "./complementary-suppression.js";

/** An org tree (person i reports to managers[i], an earlier person, or to no one) and each person's values. */
const orgArbitrary = fc.integer({ min: 1, max: 16 }).chain((n) =>
  fc.record({
    managers: fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: i - 1 }), { freq: 4 }),
      ),
    ),
    values: fc.tuple(
      ...Array.from({ length: n }, () => fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 0, maxLength: 3 })),
    ),
    nested: fc.boolean(),
  }),
);

type Org = { managers: Array<number | null>; values: number[][]; nested: boolean };

/**
 * The groups analytics could publish: the workspace, and per manager either their direct reports
 * (flat teams) or everyone under them (teams and sub-teams, nested to any depth).
 */
function groupsOf(org: Org): AggregateGroup[] {
  const contributions = org.values.map((vs, person) =>
    vs.map((value, i): Contribution => ({ key: `${person}:${i}`, personId: `p${person}`, value })),
  );
  const below = (m: number): number[] =>
    org.managers.flatMap((mm, p) => (mm === m ? [p, ...(org.nested ? below(p) : [])] : []));
  const managers = [...new Set(org.managers.filter((m): m is number => m !== null))];
  const groups: AggregateGroup[] = [{ id: "workspace", parentId: null, contributions: contributions.flat() }];
  for (const m of managers) {
    const parent = org.nested ? org.managers[m] : null;
    groups.push({
      id: `team:${m}`,
      parentId: parent === null || parent === undefined ? "workspace" : `team:${parent}`,
      contributions: below(m).flatMap((p) => contributions[p] ?? []),
    });
  }
  return groups;
}

const keysOf = (g: AggregateGroup) => new Set(g.contributions.map((c) => c.key));
const peopleIn = (contributions: Contribution[]) => new Set(contributions.map((c) => c.personId)).size;
const safe = (people: number) => people === 0 || people >= 5;

const P = 67_108_859; // a prime below 2^26: products stay exact in a double

/** Whether `target` is a linear combination of `rows` (mod P): what an admin could compute from the figures. */
function inSpan(rows: number[][], target: number[]): boolean {
  const basis: Array<{ pivot: number; row: number[] }> = [];
  const reduce = (v: number[]) => {
    const r = [...v];
    for (const { pivot, row } of basis) {
      const f = r[pivot] ?? 0;
      if (f !== 0) for (let i = 0; i < r.length; i++) r[i] = ((r[i] ?? 0) - ((f * (row[i] ?? 0)) % P) + P) % P;
    }
    return r;
  };
  const inverse = (a: number) => {
    let [t, newT, r, newR] = [0, 1, P, a];
    while (newR !== 0) {
      const q = Math.floor(r / newR);
      [t, newT] = [newT, t - q * newT];
      [r, newR] = [newR, r - q * newR];
    }
    return ((t % P) + P) % P;
  };
  for (const v of rows) {
    const r = reduce(v);
    const pivot = r.findIndex((x) => x !== 0);
    if (pivot < 0) continue;
    const inv = inverse(r[pivot] as number);
    basis.push({ pivot, row: r.map((x) => (x * inv) % P) });
  }
  return reduce(target).every((x) => x === 0);
}

describe("complementary suppression (P4)", () => {
  it("hides the team when the workspace minus the team would be one person", () => {
    const person = (id: string, value: number): Contribution => ({ key: id, personId: id, value });
    const team = ["a", "b", "c", "d", "e"].map((id) => person(id, 4));
    const result = publishAverages([
      { id: "workspace", parentId: null, contributions: [...team, person("f", 1)] },
      { id: "team", parentId: "workspace", contributions: team },
    ]);
    expect(result.get("workspace")).toEqual({ value: 3.5, people: 6, suppressed: false, reason: null });
    expect(result.get("team")).toEqual({ value: null, people: 5, suppressed: true, reason: "complementary" });
  });

  it("publishes nothing from which one person's value, or any group under 5, can be worked out", () => {
    fc.assert(
      fc.property(orgArbitrary, (org) => {
        const groups = groupsOf(org);
        const result = publishAverages(groups);
        const published = groups.filter((g) => !result.get(g.id)?.suppressed);
        for (const g of published) expect(peopleIn(g.contributions)).toBeGreaterThanOrEqual(5);
        // The workspace figure is kept whenever it has 5 people: suppression hides the smaller figures first.
        if (peopleIn(groups[0]?.contributions ?? []) >= 5) expect(result.get("workspace")?.suppressed).toBe(false);

        // Every pair of published figures, one inside the other: their difference.
        for (const a of published)
          for (const b of published) {
            if (a === b) continue;
            const inA = keysOf(a);
            if (![...keysOf(b)].every((k) => inA.has(k))) continue;
            const inB = keysOf(b);
            expect(safe(peopleIn(a.contributions.filter((c) => !inB.has(c.key))))).toBe(true);
          }

        // A figure minus any set of disjoint published figures nested in it.
        for (const a of published) {
          const inA = keysOf(a);
          const nested = published.filter((b) => b !== a && [...keysOf(b)].every((k) => inA.has(k))).slice(0, 10);
          for (let mask = 1; mask < 1 << nested.length; mask++) {
            const chosen = nested.filter((_, i) => mask & (1 << i));
            const taken = chosen.flatMap((b) => [...keysOf(b)]);
            if (new Set(taken).size !== taken.length) continue; // overlapping: not a plain subtraction
            const gone = new Set(taken);
            expect(safe(peopleIn(a.contributions.filter((c) => !gone.has(c.key))))).toBe(true);
          }
        }

        // Any linear combination at all: one person's values, or one single value, are never in reach.
        const keys = (groups[0]?.contributions ?? []).map((c) => c.key);
        const vector = (set: Set<string>) => keys.map((k) => (set.has(k) ? 1 : 0));
        const rows = published.map((g) => vector(keysOf(g)));
        for (let person = 0; person < org.values.length; person++) {
          const own = new Set(keys.filter((k) => k.startsWith(`${person}:`)));
          if (own.size > 0) expect(inSpan(rows, vector(own))).toBe(false);
          for (const k of own) expect(inSpan(rows, vector(new Set([k])))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
