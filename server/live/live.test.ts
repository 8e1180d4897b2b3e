import { expect, it } from "vitest";
import type { WebSocket } from "ws";
import { LIVE_CLIENT_HEADER, type LiveEvent } from "../../shared/schemas/live.js";
import type { SignedInUser } from "../../tests/support/factories.js";
import { LiveClient } from "../../tests/support/live-client.js";
import { connect, livePath } from "../../tests/support/live-connect.js";
import { buildPair, nonParticipants, type PairWorld } from "../../tests/support/pairs.js";
import { describeEachEngine, TEST_ORIGIN, type TestApp } from "../../tests/support/test-app.js";
import { CLOSE_UNAUTHORIZED } from "./hub.js";

const path = livePath;

const asBrowser = (user: SignedInUser) => ({ cookie: user.client.sessionCookie ?? "", origin: TEST_ORIGIN });

async function join(t: TestApp, user: SignedInUser, meetingId: string, client = new LiveClient()) {
  return client.attach(await connect(t, asBrowser(user), meetingId));
}

/** The status a refused upgrade answered with. */
async function refusal(promise: Promise<WebSocket>): Promise<number> {
  try {
    const socket = await promise;
    socket.terminate();
    return 101;
  } catch (error) {
    const match = /Unexpected server response: (\d+)/.exec(String(error));
    return match ? Number(match[1]) : -1;
  }
}

/** A second signed-in session of the same person (another tab or device). */
async function secondSession(t: TestApp, user: SignedInUser): Promise<SignedInUser> {
  const { TestClient } = await import("../../tests/support/http-client.js");
  const { PASSWORD } = await import("../../tests/support/factories.js");
  const client = new TestClient(t.app);
  const res = await client.post("/api/v1/auth/login", { email: user.email, password: PASSWORD });
  expect(res.status).toBe(200);
  return { ...user, client };
}

describeEachEngine("live channel: who may connect", (ctx) => {
  let w: PairWorld;
  it("admits both participants and no one else (P1, P3, P5)", async () => {
    const t = ctx.current;
    w = await buildPair(t);
    for (const participant of [w.leader, w.teammate]) {
      const socket = await connect(t, asBrowser(participant), w.meetingId);
      expect(socket.readyState).toBe(socket.OPEN);
      socket.terminate();
    }
    for (const stranger of nonParticipants(w)) {
      expect(await refusal(connect(t, asBrowser(stranger), w.meetingId))).toBe(404);
    }
    expect(await refusal(connect(t, { origin: TEST_ORIGIN }, w.meetingId))).toBe(401);
    expect(await refusal(connect(t, asBrowser(w.leader), "00000000000000000000000000"))).toBe(404);
  });

  it("refuses a session cookie from another site or with no Origin (cross-site WebSocket hijacking)", async () => {
    const t = ctx.current;
    const cookie = w.leader.client.sessionCookie ?? "";
    expect(await refusal(connect(t, { cookie, origin: "https://evil.example" }, w.meetingId))).toBe(403);
    expect(await refusal(connect(t, { cookie }, w.meetingId))).toBe(403);
  });

  it("takes a write-scoped API token without an Origin, and only a participant's", async () => {
    const t = ctx.current;
    const readOnly = await w.teammate.client.post("/api/v1/tokens", { name: "live read" });
    expect(await refusal(connect(t, { authorization: `Bearer ${readOnly.body.token}` }, w.meetingId))).toBe(403);
    const mine = await w.teammate.client.post("/api/v1/tokens", { name: "live", scopes: ["write"] });
    const socket = await connect(t, { authorization: `Bearer ${mine.body.token}` }, w.meetingId);
    socket.terminate();
    const theirs = await w.colleague.client.post("/api/v1/tokens", { name: "live", scopes: ["write"] });
    expect(await refusal(connect(t, { authorization: `Bearer ${theirs.body.token}` }, w.meetingId))).toBe(404);
  });

  it("answers a plain GET with 426 and the error shape", async () => {
    const res = await w.leader.client.get(path(w.meetingId));
    expect(res.status).toBe(426);
    expect(res.body.error.code).toBe("upgrade_required");
    expect((await w.colleague.client.get(path(w.meetingId))).status).toBe(404);
    expect((await w.leader.client.get(path("x".repeat(65)))).status).toBe(400);
  });

  it("closes a connection whose session ended", async () => {
    const t = ctx.current;
    const other = await secondSession(t, w.leader);
    const live = await join(t, other, w.meetingId);
    await other.client.post("/api/v1/auth/logout");
    await t.deps.live.sweep();
    await live.waitFor(() => live.closeCode !== null, "the close");
    expect(live.closeCode).toBe(CLOSE_UNAUTHORIZED);
  });
});

describeEachEngine("live channel: what each participant receives", (ctx) => {
  let w: PairWorld;

  it("tells the other participant about agenda, action, feedback, check-in and status changes", async () => {
    const t = ctx.current;
    w = await buildPair(t);
    const leader = await join(t, w.leader, w.meetingId);
    const teammate = await join(t, w.teammate, w.meetingId);
    const m = w.meetingId;

    expect((await w.leader.client.post(`/api/v1/meetings/${m}/agenda-items`, { body: "Roadmap" })).status).toBe(201);
    await teammate.waitForEvent("agenda.changed");
    expect(teammate.events[0]).toMatchObject({ type: "agenda.changed", meetingId: m, by: w.leader.userId });

    const action = await w.teammate.client.post(`/api/v1/meetings/${m}/action-items`, {
      title: "Draft the plan",
      ownerId: w.teammate.userId,
    });
    expect(action.status).toBe(201);
    await leader.waitForEvent("actions.changed");

    await w.teammate.client.post(`/api/v1/meetings/${m}/check-in`, { mood: 4 });
    await leader.waitForEvent("checkIn.changed");
    await w.teammate.client.post(`/api/v1/meetings/${m}/feedback`, { kind: "upward", body: "More context, please" });
    await leader.waitForEvent("feedback.changed");
    await w.leader.client.post(`/api/v1/meetings/${m}/start`, { confirmEarly: true });
    await teammate.waitForEvent("meeting.changed");

    // Events say what changed, never the content.
    const received = Buffer.concat([...leader.frames, ...teammate.frames]).toString("utf8");
    for (const content of ["Roadmap", "Draft the plan", "More context"]) expect(received).not.toContain(content);
  });

  it("marks events with the tab they came from, so it can ignore its own", async () => {
    const teammate = await join(ctx.current, w.teammate, w.meetingId);
    const res = await w.leader.client.request(
      "POST",
      `/api/v1/meetings/${w.meetingId}/agenda-items`,
      {
        body: "From tab A",
      },
      { [LIVE_CLIENT_HEADER]: "tab-aaaaaaaa" },
    );
    expect(res.status).toBe(201);
    await teammate.waitForEvent("agenda.changed");
    expect(teammate.events.at(-1)?.origin).toBe("tab-aaaaaaaa");
  });

  it("sends private-note and own-rating events only to their author's sessions (P2)", async () => {
    const t = ctx.current;
    const teammateTab = await join(t, w.teammate, w.meetingId);
    const teammateOtherTab = await join(t, await secondSession(t, w.teammate), w.meetingId);
    const leader = await join(t, w.leader, w.meetingId);
    const secret = "I am thinking of leaving";
    const saved = await w.teammate.client.put(`/api/v1/meetings/${w.meetingId}/notes/private`, {
      body: secret,
      baseVersion: 0,
    });
    expect(saved.status).toBe(200);
    await w.teammate.client.post(`/api/v1/meetings/${w.meetingId}/rating`, { score: 2 });
    await teammateOtherTab.waitForEvent("rating.changed");
    await teammateTab.waitForEvent("privateNote.changed");
    expect(teammateOtherTab.events.map((e) => e.type)).toContain("privateNote.changed");
    // A later shared event reaches the leader; nothing private came before it.
    await w.teammate.client.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "Marker" });
    await leader.waitForEvent("agenda.changed");
    expect(leader.events.map((e) => e.type)).toEqual(["agenda.changed"]);
    const received = Buffer.concat(leader.frames).toString("utf8");
    expect(received).not.toContain(secret);
  });

  it("tells the leader of the teammate's rating only once the teammate shares their ratings; never the score", async () => {
    const t = ctx.current;
    const leader = await join(t, w.leader, w.meetingId);
    const teammate = await join(t, w.teammate, w.meetingId);
    await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/rating`, { score: 1 });
    await w.teammate.client.post(`/api/v1/meetings/${w.meetingId}/rating`, { score: 2 });
    await w.teammate.client.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "Marker one" });
    await leader.waitForEvent("agenda.changed");
    await teammate.waitForEvent("agenda.changed");
    const fromOther = (events: LiveEvent[], me: string) => events.filter((e) => e.by !== me).map((e) => e.type);
    expect(fromOther(leader.events, w.leader.userId)).toEqual(["agenda.changed"]);
    expect(fromOther(teammate.events, w.teammate.userId)).toEqual([]);
    const share = await w.teammate.client.put(`/api/v1/one-on-ones/${w.oneOnOneId}/rating-sharing`, {
      sharedWithLeader: true,
    });
    expect(share.body).toEqual({ sharedWithLeader: true, canChange: true });
    await w.teammate.client.post(`/api/v1/meetings/${w.meetingId}/rating`, { score: 3 });
    await expect.poll(() => fromOther(leader.events, w.leader.userId)).toEqual(["agenda.changed", "rating.changed"]);
    // The leader's own rating stays theirs: the teammate hears nothing of it.
    await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/rating`, { score: 5 });
    await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "Marker two" });
    await expect.poll(() => fromOther(teammate.events, w.teammate.userId)).toEqual(["agenda.changed"]);
    for (const frames of [leader.frames, teammate.frames])
      expect(Buffer.concat(frames).toString("utf8")).not.toMatch(/"score"/);
  });

  it("reaches a pair's open meeting pages when a goal changes", async () => {
    const leader = await join(ctx.current, w.leader, w.meetingId);
    const goal = await w.teammate.client.post(`/api/v1/one-on-ones/${w.oneOnOneId}/goals`, {
      title: "Speak at a meetup",
    });
    expect(goal.status).toBe(201);
    await leader.waitForEvent("goals.changed");
  });
});

describeEachEngine("live channel: shared notes (Yjs)", (ctx) => {
  let w: PairWorld;

  const sharedNote = async (user: SignedInUser) => {
    const res = await user.client.get(`/api/v1/meetings/${w.meetingId}`);
    return res.body.sharedNote as { body: string; version: number };
  };

  it("merges concurrent typing from both sides with no lost character, and keeps the Markdown in step", async () => {
    const t = ctx.current;
    w = await buildPair(t);
    const leader = await join(t, w.leader, w.meetingId);
    const teammate = await join(t, w.teammate, w.meetingId);
    await leader.waitFor(() => leader.doc.getText("markdown").length === 0 && leader.frames.length > 0, "sync");
    // Both type at once, each at the start of their own line: 40 keystrokes each, interleaved.
    const a = "The leader types this line, one key at a.";
    const b = "And the teammate types this other line!!";
    for (let i = 0; i < 40; i++) {
      leader.text.insert(i, a[i] ?? "");
      teammate.text.insert(teammate.text.length, b[i] ?? "");
    }
    const done = (c: LiveClient) => c.text.length === 80;
    await leader.waitFor(() => done(leader), "all 80 characters at the leader");
    await teammate.waitFor(() => done(teammate), "all 80 characters at the teammate");
    expect(leader.text.toString()).toBe(teammate.text.toString());
    for (const ch of [...a.slice(0, 40), ...b.slice(0, 40)]) expect(leader.text.toString()).toContain(ch);
    const merged = leader.text.toString();
    expect(merged.replace(b.slice(0, 40), "")).toBe(a.slice(0, 40));
    await expect.poll(async () => (await sharedNote(w.teammate)).body).toBe(merged);
  });

  it("sends a REST save to live editors, and still refuses a stale baseVersion with 409", async () => {
    const t = ctx.current;
    const live = await join(t, w.teammate, w.meetingId);
    await live.waitFor(() => live.text.length > 0, "the current text");
    const note = await sharedNote(w.leader);
    const next = `${note.body}\n\n- decided: ship on Friday`;
    const saved = await w.leader.client.put(`/api/v1/meetings/${w.meetingId}/notes/shared`, {
      body: next,
      baseVersion: note.version,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).toBeGreaterThan(note.version);
    await live.waitFor(() => live.text.toString() === next, "the saved text");
    const stale = await w.teammate.client.put(`/api/v1/meetings/${w.meetingId}/notes/shared`, {
      body: "overwrite",
      baseVersion: note.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.body).toBe(next);
    expect((await sharedNote(w.leader)).body).toBe(next);
  });

  it("stores typed text holding a NUL (PostgreSQL text cannot) without it, and keeps storing later edits", async () => {
    const t = ctx.current;
    const mine = await buildPair(t);
    const live = await join(t, mine.leader, mine.meetingId);
    await live.waitFor(() => live.frames.length > 0, "sync");
    live.text.insert(0, "a\u0000b");
    const stored = async () =>
      (await mine.leader.client.get(`/api/v1/meetings/${mine.meetingId}`)).body.sharedNote.body;
    await expect.poll(stored).toBe("ab");
    live.text.insert(live.text.length, "c");
    await expect.poll(stored).toBe("abc");
  });

  it("keeps edits made while disconnected and syncs them on reconnect", async () => {
    const t = ctx.current;
    const leader = await join(t, w.leader, w.meetingId);
    const teammate = await join(t, w.teammate, w.meetingId);
    await teammate.waitFor(() => teammate.text.length > 0, "the current text");
    await leader.waitFor(() => leader.text.length > 0, "the current text");
    leader.detach();
    leader.text.insert(0, "Offline thought. ");
    teammate.text.insert(teammate.text.length, " Online meanwhile.");
    await join(t, w.leader, w.meetingId, leader);
    await teammate.waitFor(() => teammate.text.toString().startsWith("Offline thought. "), "the offline edit");
    await leader.waitFor(() => leader.text.toString().endsWith(" Online meanwhile."), "the online edit");
    await expect.poll(async () => (await sharedNote(w.leader)).body).toBe(leader.text.toString());
  });

  it("vouches for who is present: the name comes from the session, typing only in known places", async () => {
    const t = ctx.current;
    const leader = await join(t, w.leader, w.meetingId);
    const teammate = await join(t, w.teammate, w.meetingId);
    leader.awareness.setLocalState({
      user: { id: "someone-else", name: "The CEO", color: "#123456" },
      typing: "feedback",
    });
    const seen = () => teammate.awareness.getStates().get(leader.doc.clientID) as Record<string, any> | undefined;
    await teammate.waitFor(() => seen()?.typing === "feedback", "the leader's presence");
    expect(seen()?.user).toEqual({ id: w.leader.userId, name: w.leader.name, color: "#123456" });
    leader.awareness.setLocalStateField("typing", "privateNotes");
    await teammate.waitFor(() => seen()?.typing === null, "the sanitized presence");
    leader.detach();
    await teammate.waitFor(() => seen() === undefined, "the leader leaving");
  });

  it("keeps a cancelled meeting's notes read-only", async () => {
    const t = ctx.current;
    const before = (await sharedNote(w.leader)).body;
    expect((await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/cancel`, { reason: "Offsite" })).status).toBe(
      200,
    );
    const teammate = await join(t, w.teammate, w.meetingId);
    await teammate.waitFor(() => teammate.text.toString() === before, "the text");
    teammate.text.insert(0, "Too late. ");
    const leader = await join(t, w.leader, w.meetingId);
    await leader.waitFor(() => leader.text.toString() === before, "the stored text");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(leader.text.toString()).toBe(before);
    expect((await sharedNote(w.leader)).body).toBe(before);
  });
});
