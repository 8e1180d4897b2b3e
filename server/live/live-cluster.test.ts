import { describe, expect, it } from "vitest";
import { LiveClient } from "../../tests/support/live-client.js";
import { openLiveSocket } from "../../tests/support/live-connect.js";
import { type Account, callApi, type ServerProcess } from "../../tests/support/server-process.js";
import { testEngines } from "../../tests/support/test-db.js";
import { twoNodesSuite } from "../../tests/support/two-nodes.js";

/**
 * Two real server processes on one PostgreSQL database: what a participant does
 * on one must reach the other participant on the other, through LISTEN/NOTIFY,
 * and nothing private may cross.
 */

/** Shared by both processes, so a session started on one is good on the other. */
const SECRET = "cluster-secret-cluster-secret-cluster-0000";

const pg = testEngines().includes("postgres");
const suite = pg ? describe : describe.skip;
const title = pg
  ? "live channel across two server processes [postgres]"
  : "live channel across two server processes [skipped: PostgreSQL is not available in this run]";

suite(title, () => {
  const cluster = twoNodesSuite(SECRET);
  const { clients } = cluster;

  /** A participant's page open on one of the processes. */
  async function join(server: ServerProcess, who: Account): Promise<LiveClient> {
    const socket = await openLiveSocket(server.base, cluster.nodes.meetingId, {
      cookie: who.cookie,
      origin: server.base,
    });
    const client = new LiveClient().attach(socket);
    clients.push(client);
    await client.waitFor(() => client.frames.length > 0, "the server's sync step 1");
    return client;
  }

  const sharedNoteBody = async (server: ServerProcess) => {
    const { leader, meetingId } = cluster.nodes;
    const res = await callApi(server.base, leader.cookie, "GET", `/api/v1/meetings/${meetingId}`);
    return res.body.sharedNote.body as string;
  };

  it("tells the participant on the other process about agenda changes, both ways", async () => {
    const { p1, p2, leader, teammate, meetingId } = cluster.nodes;
    const onP1 = await join(p1, leader);
    const onP2 = await join(p2, teammate);
    const agenda = `/api/v1/meetings/${meetingId}/agenda-items`;

    expect((await callApi(p1.base, leader.cookie, "POST", agenda, { body: "Roadmap" })).status).toBe(201);
    await onP2.waitForEvent("agenda.changed");
    expect(onP2.events).toEqual([expect.objectContaining({ type: "agenda.changed", meetingId, by: leader.userId })]);

    expect((await callApi(p2.base, teammate.cookie, "POST", agenda, { body: "Hiring" })).status).toBe(201);
    await onP1.waitFor(() => onP1.events.some((e) => e.by === teammate.userId), "the teammate's agenda event");
    expect(onP1.events.at(-1)).toMatchObject({ type: "agenda.changed", meetingId, by: teammate.userId });
  });

  it("keeps a private note's event to its author's own sessions, on either process (P2)", async () => {
    const { p1, p2, leader, teammate, meetingId } = cluster.nodes;
    const leaderOnP1 = await join(p1, leader);
    const teammateOnP1 = await join(p1, teammate);
    const teammateOnP2 = await join(p2, teammate);
    const secret = "I am thinking of leaving";
    const saved = await callApi(p2.base, teammate.cookie, "PUT", `/api/v1/meetings/${meetingId}/notes/private`, {
      body: secret,
      baseVersion: 0,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await teammateOnP2.waitForEvent("privateNote.changed");
    // The bus carried it to process 1, whose room holds the leader's page too.
    await teammateOnP1.waitForEvent("privateNote.changed");
    // A later shared event reaches the leader; nothing private came before it on the same socket.
    const marker = { body: "Marker" };
    expect(
      (await callApi(p2.base, teammate.cookie, "POST", `/api/v1/meetings/${meetingId}/agenda-items`, marker)).status,
    ).toBe(201);
    await leaderOnP1.waitForEvent("agenda.changed");
    expect(leaderOnP1.events.map((e) => e.type)).toEqual(["agenda.changed"]);
    expect(Buffer.concat(leaderOnP1.frames).toString("utf8")).not.toContain(secret);
  });

  it("merges concurrent typing on both processes with no lost character, and stores the Markdown", async () => {
    const { p1, p2, leader, teammate } = cluster.nodes;
    const onP1 = await join(p1, leader);
    const onP2 = await join(p2, teammate);
    // Disjoint alphabets, so each author's keystrokes can be picked out of the merge in order.
    const a = "the leader types lowercase words here ok";
    const b = "TEAMMATE-TYPES-CAPITALS-AND-0123456789!";
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i]) onP1.text.insert(onP1.text.length, a[i] as string);
      if (b[i]) onP2.text.insert(onP2.text.length, b[i] as string);
      // Let the other side's keystrokes arrive now and then, so the edits really interleave.
      if (i % 4 === 3) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const total = a.length + b.length;
    await onP1.waitFor(() => onP1.text.length === total, "every character at the leader");
    await onP2.waitFor(() => onP2.text.length === total, "every character at the teammate");
    const merged = onP1.text.toString();
    expect(onP2.text.toString()).toBe(merged);
    expect(merged.replace(/[^a-z ]/g, "")).toBe(a);
    expect(merged.replace(/[a-z ]/g, "")).toBe(b);
    for (const server of [p1, p2]) await expect.poll(() => sharedNoteBody(server), { timeout: 10_000 }).toBe(merged);
  });

  it("shows presence across processes with the name the server vouches for", async () => {
    const { p1, p2, leader, teammate } = cluster.nodes;
    const onP1 = await join(p1, leader);
    const onP2 = await join(p2, teammate);
    onP1.awareness.setLocalState({ user: { id: "someone-else", name: "The CEO", color: "#123456" }, typing: "notes" });
    const seen = () => onP2.awareness.getStates().get(onP1.doc.clientID) as Record<string, unknown> | undefined;
    await onP2.waitFor(() => seen()?.typing === "notes", "the leader's presence");
    expect(seen()?.user).toEqual({ id: leader.userId, name: leader.name, color: "#123456" });
    onP1.detach();
    await onP2.waitFor(() => seen() === undefined, "the leader leaving");
  });

  it("kept both processes up, with no error logged meanwhile", () => {
    const { p1, p2 } = cluster.nodes;
    for (const server of [p1, p2]) {
      expect(server.child.exitCode, server.output()).toBeNull();
      expect(server.output()).not.toMatch(/"level":(50|60)/);
    }
  });
});
