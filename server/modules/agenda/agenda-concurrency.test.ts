import { expect, it } from "vitest";
import type { SignedInUser } from "../../../tests/support/factories.js";
import { buildPair, type PairWorld } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

/**
 * Both participants change the same agenda at the same time: adds, ticks, moves,
 * rewording, reorders and deletes. Every acknowledged change must be in the final
 * agenda (or undone by a later acknowledged change), each section's order must
 * stay a clean 0..n-1, and a stale reword with baseVersion gets 409.
 */

interface Item {
  id: string;
  body: string;
  sectionKey: string;
  position: number;
  discussed: boolean;
  version: number;
}

const agendaOf = async (who: SignedInUser, meetingId: string): Promise<Item[]> => {
  const res = await who.client.get(`/api/v1/meetings/${meetingId}`);
  expect(res.status).toBe(200);
  return res.body.agendaItems.filter((i: { standingItemId: string | null }) => i.standingItemId === null);
};

const add = (w: PairWorld, who: SignedInUser, body: string, sectionKey = "progress") =>
  who.client.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body, sectionKey });

const patch = (who: SignedInUser, id: string, body: Record<string, unknown>) =>
  who.client.patch(`/api/v1/agenda-items/${id}`, body);

/** Every section's positions are exactly 0..n-1: no two items share a place, none is skipped. */
function expectCleanOrder(items: Item[]): void {
  const bySection = new Map<string, Item[]>();
  for (const item of items) bySection.set(item.sectionKey, [...(bySection.get(item.sectionKey) ?? []), item]);
  for (const [section, list] of bySection) {
    expect(
      list.map((i) => i.position).sort((a, b) => a - b),
      section,
    ).toEqual(list.map((_, i) => i));
  }
}

async function addMany(w: PairWorld, who: SignedInUser, count: number, prefix: string): Promise<Item[]> {
  const items: Item[] = [];
  for (let i = 0; i < count; i++) {
    const res = await add(w, who, `${prefix} ${i}`);
    expect(res.status).toBe(201);
    items.push(res.body.agendaItem);
  }
  return items;
}

describeEachEngine("concurrent agenda edits", (ctx) => {
  it("keeps every talking point both add at once, each in its own place", async () => {
    const w = await buildPair(ctx.current);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => [
        add(w, w.leader, `Leader ${i}`),
        add(w, w.teammate, `Teammate ${i}`),
      ]).flat(),
    );
    for (const res of answers) expect(res.status, JSON.stringify(res.body)).toBe(201);
    const items = await agendaOf(w.leader, w.meetingId);
    expect(new Set(items.map((i) => i.id))).toEqual(new Set(answers.map((r) => r.body.agendaItem.id)));
    expectCleanOrder(items);
  });

  it("keeps both a tick and a move made at the same moment", async () => {
    const w = await buildPair(ctx.current);
    const items = await addMany(w, w.teammate, 8, "Point");
    const answers = await Promise.all(
      items.flatMap((item) => [
        patch(w.leader, item.id, { discussed: true }),
        patch(w.teammate, item.id, { sectionKey: "feedback" }),
      ]),
    );
    for (const res of answers) expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = await agendaOf(w.leader, w.meetingId);
    for (const item of after) expect(item, item.body).toMatchObject({ discussed: true, sectionKey: "feedback" });
    expectCleanOrder(after);
  });

  it("keeps both a reword and a tick made at the same moment", async () => {
    const w = await buildPair(ctx.current);
    const items = await addMany(w, w.teammate, 8, "Point");
    const answers = await Promise.all(
      items.flatMap((item) => [
        patch(w.teammate, item.id, { body: `${item.body}, reworded` }),
        patch(w.leader, item.id, { discussed: true }),
      ]),
    );
    for (const res of answers) expect(res.status, JSON.stringify(res.body)).toBe(200);
    for (const item of await agendaOf(w.leader, w.meetingId)) {
      expect(item.body).toMatch(/, reworded$/);
      expect(item.discussed).toBe(true);
    }
  });

  it("keeps a clean order when both reorder the same section at once", async () => {
    const w = await buildPair(ctx.current);
    const items = await addMany(w, w.leader, 8, "Point");
    const moves = (who: SignedInUser, seed: number) =>
      Array.from({ length: 16 }, (_, i) => {
        const item = items[(i * 3 + seed) % items.length] as Item;
        return patch(who, item.id, { position: (i * 5 + seed) % items.length });
      });
    const answers = await Promise.all([...moves(w.leader, 1), ...moves(w.teammate, 2)]);
    for (const res of answers) expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = await agendaOf(w.leader, w.meetingId);
    expect(after).toHaveLength(items.length);
    expectCleanOrder(after);
  });

  it("deletes for good: a tick racing a delete either lands first or finds nothing (404)", async () => {
    const w = await buildPair(ctx.current);
    const items = await addMany(w, w.teammate, 8, "Point");
    const answers = await Promise.all(
      items.flatMap((item) => [
        w.teammate.client.delete(`/api/v1/agenda-items/${item.id}`),
        patch(w.leader, item.id, { discussed: true }),
      ]),
    );
    for (const [i, res] of answers.entries())
      expect(res.status).toEqual(i % 2 === 0 ? 204 : expect.toBeOneOf([200, 404]));
    expect(await agendaOf(w.leader, w.meetingId)).toEqual([]);
  });

  it("carries every talking point added while the meeting is being completed, or refuses it with 409", async () => {
    const w = await buildPair(ctx.current);
    const adds = Array.from({ length: 10 }, (_, i) => add(w, i % 2 ? w.leader : w.teammate, `Late point ${i}`));
    const [completed, ...added] = await Promise.all([
      w.leader.client.post(`/api/v1/meetings/${w.meetingId}/complete`, {}),
      ...adds,
    ]);
    expect(completed?.status, JSON.stringify(completed?.body)).toBe(200);
    const next = completed?.body.nextMeeting.id as string;
    const carried = new Set((await agendaOf(w.leader, next)).map((i) => i.body));
    for (const res of added) {
      expect(res.status, JSON.stringify(res.body)).toBeOneOf([201, 409]);
      if (res.status === 201) expect(carried, res.body.agendaItem.body).toContain(res.body.agendaItem.body);
      else expect(res.body.error.code).toBe("meeting_completed");
    }
  });

  it("refuses a reword based on a version that is no longer current (409 with the item as it is)", async () => {
    const w = await buildPair(ctx.current);
    const [item] = await addMany(w, w.teammate, 1, "Point");
    const base = (item as Item).version;
    const [a, b] = await Promise.all([
      patch(w.teammate, (item as Item).id, { body: "From the laptop", baseVersion: base }),
      patch(w.teammate, (item as Item).id, { body: "From the phone", baseVersion: base }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    expect(won.body.agendaItem.version).toBe(base + 1);
    expect(lost.body).toMatchObject({
      error: { code: "version_conflict" },
      current: { id: (item as Item).id, body: won.body.agendaItem.body, version: base + 1 },
    });
    // Without baseVersion a change applies to whatever is current (a tick does not care about wording).
    const tick = await patch(w.leader, (item as Item).id, { discussed: true });
    expect(tick.body.agendaItem).toMatchObject({ discussed: true, body: won.body.agendaItem.body, version: base + 2 });
  });
});
