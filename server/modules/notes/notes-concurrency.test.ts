import { expect, it } from "vitest";
import type { ApiResponse, TestClient } from "../../../tests/support/http-client.js";
import { buildPair } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

/**
 * Both participants save the same note at the same time (DESIGN §7): a save
 * lands only on top of the version it was based on, so of two saves on one
 * version exactly one lands and the other gets 409 with what the note holds
 * now. Nothing acknowledged is ever overwritten unseen.
 */

const ROUNDS = 12;

/** Splits two answers into the one that landed and the one refused, failing unless it is exactly one of each. */
function oneWinner(a: ApiResponse, b: ApiResponse): { won: ApiResponse; lost: ApiResponse } {
  expect([a.status, b.status].sort(), JSON.stringify([a.body, b.body])).toEqual([200, 409]);
  return a.status === 200 ? { won: a, lost: b } : { won: b, lost: a };
}

describeEachEngine("concurrent note saves", (ctx) => {
  it("lets one of two shared-note saves on the same version land; the other gets 409 and the winner's text", async () => {
    const w = await buildPair(ctx.current);
    const url = `/api/v1/meetings/${w.meetingId}/notes/shared`;
    let version = 0;
    let body = "";
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = await Promise.all([
        w.leader.client.put(url, { body: `Leader's take ${round}`, baseVersion: version }),
        w.teammate.client.put(url, { body: `Teammate's take ${round}`, baseVersion: version }),
      ]);
      const { won, lost } = oneWinner(a, b);
      expect(won.body.version).toBe(version + 1);
      version = won.body.version;
      body = won === a ? `Leader's take ${round}` : `Teammate's take ${round}`;
      expect(lost.body).toMatchObject({ error: { code: "version_conflict" }, current: { version, body } });
    }
    const meeting = await w.teammate.client.get(`/api/v1/meetings/${w.meetingId}`);
    expect(meeting.body.sharedNote).toMatchObject({ version: ROUNDS, body });
  });

  it("keeps every acknowledged line when both keep appending, merging after each 409", async () => {
    const w = await buildPair(ctx.current);
    const url = `/api/v1/meetings/${w.meetingId}/notes/shared`;
    const acknowledged: Array<{ line: string; version: number }> = [];
    /** Appends a line to what it last saw; on 409, to what the note holds now, until it lands. */
    const appendLines = async (client: TestClient, who: string) => {
      let seen = { body: "", version: 0 };
      for (let i = 0; i < ROUNDS; i++) {
        const line = `${who} line ${i}`;
        for (;;) {
          const body = seen.body ? `${seen.body}\n${line}` : line;
          const res = await client.put(url, { body, baseVersion: seen.version });
          if (res.status === 200) {
            acknowledged.push({ line, version: res.body.version });
            seen = { body, version: res.body.version };
            break;
          }
          expect(res.status, JSON.stringify(res.body)).toBe(409);
          seen = res.body.current;
        }
      }
    };
    await Promise.all([appendLines(w.leader.client, "Leader"), appendLines(w.teammate.client, "Teammate")]);

    const note = (await w.leader.client.get(`/api/v1/meetings/${w.meetingId}`)).body.sharedNote;
    // Each save made exactly one version: no two saves landed on the same one.
    expect(acknowledged.map((a) => a.version).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 2 * ROUNDS }, (_, i) => i + 1),
    );
    expect(note.version).toBe(2 * ROUNDS);
    const lines = (note.body as string).split("\n");
    for (const { line } of acknowledged) expect(lines).toContain(line);
    expect(lines).toHaveLength(2 * ROUNDS);
  });

  it("answers a save racing the meeting's cancellation with 200 or a clean 409 meeting_canceled", async () => {
    const w = await buildPair(ctx.current);
    const [saved, canceled] = await Promise.all([
      w.teammate.client.put(`/api/v1/meetings/${w.meetingId}/notes/shared`, { body: "Agreed", baseVersion: 0 }),
      w.leader.client.post(`/api/v1/meetings/${w.meetingId}/cancel`, { reason: "Sick day" }),
    ]);
    expect(canceled.status).toBe(200);
    expect(saved.status, JSON.stringify(saved.body)).toBeOneOf([200, 409]);
    const late = await w.teammate.client.put(`/api/v1/meetings/${w.meetingId}/notes/shared`, {
      body: "Too late",
      baseVersion: 0,
    });
    // Was a 500: the 409 schema of the route only described a version conflict.
    expect(late.status, JSON.stringify(late.body)).toBe(409);
    expect(late.body).toEqual({ error: { code: "meeting_canceled", message: expect.any(String) } });
  });

  it("lets one of two private-note saves of the same author on the same version land (two tabs)", async () => {
    const w = await buildPair(ctx.current);
    const url = `/api/v1/meetings/${w.meetingId}/notes/private`;
    let version = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = await Promise.all([
        w.teammate.client.put(url, { body: `Tab A ${round}`, baseVersion: version }),
        w.teammate.client.put(url, { body: `Tab B ${round}`, baseVersion: version }),
      ]);
      const { won, lost } = oneWinner(a, b);
      version = won.body.version;
      expect(lost.body.current.version).toBe(version);
    }
    const meeting = await w.teammate.client.get(`/api/v1/meetings/${w.meetingId}`);
    expect(meeting.body.myPrivateNote.version).toBe(ROUNDS);
  });
});
