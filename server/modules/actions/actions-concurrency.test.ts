import { expect, it } from "vitest";
import type { SignedInUser } from "../../../tests/support/factories.js";
import { buildPair, type PairWorld } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

/**
 * Both participants change the same action at the same time. Changes to
 * different fields all land; two changes based on the same version (baseVersion)
 * never both land: one gets 409 with the action as it is; and the status and
 * its completedAt always agree.
 */

interface Action {
  id: string;
  title: string;
  ownerId: string;
  dueDate: string | null;
  status: "open" | "done" | "dropped";
  completedAt: string | null;
  version: number;
}

const patch = (who: SignedInUser, id: string, body: Record<string, unknown>) =>
  who.client.patch(`/api/v1/action-items/${id}`, body);

async function addActions(w: PairWorld, count: number): Promise<Action[]> {
  const actions: Action[] = [];
  for (let i = 0; i < count; i++) {
    const res = await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/action-items`, {
      title: `Step ${i}`,
      ownerId: w.teammate.userId,
    });
    expect(res.status).toBe(201);
    actions.push(res.body.actionItem);
  }
  return actions;
}

async function actionsOf(w: PairWorld): Promise<Map<string, Action>> {
  const res = await w.teammate.client.get(`/api/v1/meetings/${w.meetingId}`);
  return new Map(res.body.actionItems.map((a: Action) => [a.id, a]));
}

describeEachEngine("concurrent action edits", (ctx) => {
  it("keeps every field both change at once", async () => {
    const w = await buildPair(ctx.current);
    const actions = await addActions(w, 8);
    const answers = await Promise.all(
      actions.flatMap((a, i) => [
        patch(w.leader, a.id, { dueDate: `2026-04-${String(10 + i).padStart(2, "0")}` }),
        patch(w.teammate, a.id, { title: `${a.title}, sharpened` }),
        patch(w.teammate, a.id, { status: "done" }),
        patch(w.leader, a.id, { ownerId: w.leader.userId }),
      ]),
    );
    for (const res of answers) expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = await actionsOf(w);
    for (const [i, a] of actions.entries()) {
      expect(after.get(a.id)).toMatchObject({
        title: `${a.title}, sharpened`,
        dueDate: `2026-04-${String(10 + i).padStart(2, "0")}`,
        status: "done",
        completedAt: expect.any(String),
        ownerId: w.leader.userId,
        version: 4,
      });
    }
  });

  it("lets one of two changes on the same version land; the other gets 409 and the action as it is", async () => {
    const w = await buildPair(ctx.current);
    const [action] = (await addActions(w, 1)) as [Action];
    let version = action.version;
    for (let round = 0; round < 10; round++) {
      const [a, b] = await Promise.all([
        patch(w.leader, action.id, { title: `Leader's wording ${round}`, baseVersion: version }),
        patch(w.teammate, action.id, { title: `Teammate's wording ${round}`, baseVersion: version }),
      ]);
      expect([a.status, b.status].sort(), JSON.stringify([a.body, b.body])).toEqual([200, 409]);
      const [won, lost] = a.status === 200 ? [a, b] : [b, a];
      expect(won.body.actionItem.version).toBe(version + 1);
      version = won.body.actionItem.version;
      expect(lost.body).toMatchObject({
        error: { code: "version_conflict" },
        current: { id: action.id, title: won.body.actionItem.title, version },
      });
    }
    expect((await actionsOf(w)).get(action.id)?.version).toBe(10);
  });

  it("keeps every acknowledged rename in a free-running race, merging after each 409", async () => {
    const w = await buildPair(ctx.current);
    const [action] = (await addActions(w, 1)) as [Action];
    const acknowledged: string[] = [];
    /** Appends a word to the title it last saw; on 409, to the title as it is, until it lands. */
    const appendWords = async (who: SignedInUser, word: string) => {
      let seen = { title: action.title, version: action.version };
      for (let i = 0; i < 8; i++) {
        for (;;) {
          const title = `${seen.title} ${word}${i}`;
          const res = await patch(who, action.id, { title, baseVersion: seen.version });
          if (res.status === 200) {
            acknowledged.push(`${word}${i}`);
            seen = res.body.actionItem;
            break;
          }
          expect(res.status, JSON.stringify(res.body)).toBe(409);
          seen = res.body.current;
        }
      }
    };
    await Promise.all([appendWords(w.leader, "L"), appendWords(w.teammate, "T")]);
    const final = (await actionsOf(w)).get(action.id) as Action;
    expect(final.version).toBe(16);
    const words = final.title.split(" ");
    for (const word of acknowledged) expect(words).toContain(word);
  });

  it("never leaves a status and its completedAt disagreeing when both flip it at once", async () => {
    const w = await buildPair(ctx.current);
    const actions = await addActions(w, 8);
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        actions.flatMap((a) => [
          patch(w.leader, a.id, { status: "done" }),
          patch(w.teammate, a.id, { status: "open" }),
        ]),
      );
      for (const a of (await actionsOf(w)).values()) {
        expect(a.completedAt === null, JSON.stringify(a)).toBe(a.status === "open");
      }
    }
  });
});
