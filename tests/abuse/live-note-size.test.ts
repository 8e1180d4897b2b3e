// Attacker: a participant of a 1:1 (or anyone holding their write token), writing through the live channel.
// Chain: open the meeting's WebSocket -> send Yjs updates that grow the shared note far past the 100,000
// characters REST allows (one large update, many smaller ones, an update held back until its dependency
// arrives, or text hidden in another part of the Yjs document) -> the other participant's page and every
// later read of the meeting carry megabytes.
// Rule (issue 15, finding 7): the live room holds the REST note limit. An update past it is refused before
// it is applied: never stored, never sent to the other participant, and the writer is told (close 4413).

import { afterAll, expect, it } from "vitest";
import * as Y from "yjs";
import { CLOSE_BAD_MESSAGE, CLOSE_NOTE_TOO_LARGE } from "../../server/live/hub.js";
import { NOTE_BODY_MAX_LENGTH } from "../../shared/schemas/meetings.js";
import { LiveClient } from "../support/live-client.js";
import { openLiveSocket } from "../support/live-connect.js";
import { buildPair, type PairWorld } from "../support/pairs.js";
import { describeAttack } from "./support/attack-world.js";

const LIMIT = NOTE_BODY_MAX_LENGTH;

describeAttack("a participant writes past the note size limit over the live channel", (w) => {
  let p: PairWorld;
  const clients: LiveClient[] = [];
  const join = async (cookie: string | null, doc?: Y.Doc) => {
    const socket = await openLiveSocket(w.current.baseUrl, p.meetingId, {
      cookie: cookie ?? "",
      origin: w.current.baseUrl,
    });
    const client = new LiveClient(doc).attach(socket);
    clients.push(client);
    await client.waitFor(() => client.frames.length > 0, "the server's sync step 1");
    return client;
  };
  const storedBody = async () => {
    const res = await p.leader.client.get(`/api/v1/meetings/${p.meetingId}`);
    return res.body.sharedNote.body as string;
  };
  /** Sends a raw Yjs update as the browser's provider would. */
  const sendUpdate = (client: LiveClient, update: Uint8Array) => {
    const message = new Uint8Array([0, 2, ...encodeVarUint(update.length), ...update]);
    client.socket?.send(message);
  };
  afterAll(() => {
    for (const client of clients) client.detach();
  });

  it("refuses one update past the limit: not stored, not relayed, the writer told", async () => {
    p = await buildPair(w.current);
    const leader = await join(p.leader.client.sessionCookie);
    const attacker = await join(p.teammate.client.sessionCookie);
    attacker.text.insert(0, "Agenda: ");
    await leader.waitFor(() => leader.text.toString() === "Agenda: ", "the legitimate keystrokes");

    attacker.text.insert(attacker.text.length, "x".repeat(LIMIT));
    await attacker.waitFor(() => attacker.closeCode !== null, "the refusal");
    expect(attacker.closeCode).toBe(CLOSE_NOTE_TOO_LARGE);
    leader.text.insert(leader.text.length, "next");
    await expect.poll(storedBody, { timeout: 10_000 }).toBe("Agenda: next");
    expect(leader.text.length).toBe("Agenda: next".length);
    expect(leader.closeCode).toBeNull();
  });

  it("refuses the update that would cross the limit when it comes in pieces", async () => {
    const leader = await join(p.leader.client.sessionCookie);
    const attacker = await join(p.teammate.client.sessionCookie);
    const piece = Math.floor(LIMIT / 3);
    for (let i = 0; i < 5 && attacker.closeCode === null; i++) {
      attacker.text.insert(attacker.text.length, String(i).repeat(piece));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await attacker.waitFor(() => attacker.closeCode !== null, "the refusal");
    expect(attacker.closeCode).toBe(CLOSE_NOTE_TOO_LARGE);
    await expect.poll(async () => (await storedBody()).length, { timeout: 10_000 }).toBeLessThanOrEqual(LIMIT);
    expect(leader.text.length).toBeLessThanOrEqual(LIMIT);
    expect(leader.closeCode).toBeNull();
  });

  it("refuses an update held back until its dependency arrives, and text hidden outside the note", async () => {
    // Start from an empty note, so the bound is plain to read.
    const leader = await join(p.leader.client.sessionCookie);
    await leader.waitFor(() => leader.text.length > 0, "the note so far");
    leader.text.delete(0, leader.text.length);
    await expect.poll(storedBody, { timeout: 10_000 }).toBe("");
    const attacker = await join(p.teammate.client.sessionCookie, new Y.Doc());

    const forged = new Y.Doc();
    const text = forged.getText("markdown");
    const updates: Uint8Array[] = [];
    forged.on("update", (u: Uint8Array) => updates.push(u));
    text.insert(0, "a".repeat(LIMIT * 0.6));
    text.insert(text.length, "b".repeat(LIMIT * 0.6));
    const [first, second] = updates as [Uint8Array, Uint8Array];
    sendUpdate(attacker, second); // depends on `first`: it would wait unapplied, out of sight of the limit
    sendUpdate(attacker, first);
    await attacker.waitFor(() => attacker.closeCode !== null, "the refusal");
    expect(attacker.closeCode).toBe(CLOSE_BAD_MESSAGE);
    // Sent in order, the second of the two crosses the limit.
    const inOrder = await join(p.teammate.client.sessionCookie, new Y.Doc());
    sendUpdate(inOrder, first);
    sendUpdate(inOrder, second);
    await inOrder.waitFor(() => inOrder.closeCode !== null, "the refusal");
    expect(inOrder.closeCode).toBe(CLOSE_NOTE_TOO_LARGE);
    expect((await storedBody()).length).toBeLessThanOrEqual(LIMIT);
    await leader.waitFor(() => leader.text.length === LIMIT * 0.6, "the first half, which fits");
    leader.text.delete(0, leader.text.length);

    const hider = await join(p.teammate.client.sessionCookie, new Y.Doc());
    const hidden = new Y.Doc();
    const hiddenUpdates: Uint8Array[] = [];
    hidden.on("update", (u: Uint8Array) => hiddenUpdates.push(u));
    hidden.getMap("stash").set("blob", "z".repeat(1000));
    for (const u of hiddenUpdates) sendUpdate(hider, u);
    await hider.waitFor(() => hider.closeCode !== null, "the refusal of another root");
    expect(hider.closeCode).toBe(CLOSE_BAD_MESSAGE);

    leader.text.insert(0, "fine");
    await expect.poll(storedBody, { timeout: 10_000 }).toBe("fine");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(leader.text.toString()).toBe("fine");
  });

  it("lets a note grow to exactly the limit, as REST does", async () => {
    const writer = await join(p.teammate.client.sessionCookie);
    await writer.waitFor(() => writer.text.toString() === "fine", "the note so far");
    writer.text.insert(writer.text.length, "y".repeat(LIMIT - writer.text.length));
    await expect.poll(async () => (await storedBody()).length, { timeout: 10_000 }).toBe(LIMIT);
    expect(writer.closeCode).toBeNull();
  });
});

function encodeVarUint(n: number): number[] {
  const bytes: number[] = [];
  let rest = n;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}
