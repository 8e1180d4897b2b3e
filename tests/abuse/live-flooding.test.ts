// Attacker: a participant (or anyone holding their cookie or write token) flooding the live channel.
// Chain: (1) one presence (Yjs awareness) frame that speaks for thousands of made-up client ids, which the
// server vouches for one by one and sends to the other participant (and over the bus), multiplied;
// (2) hundreds of sockets opened with one session, each holding server memory.
// Rule: one connection speaks for a handful of presence ids, and one credential holds a bounded number of
// sockets per server; the legitimate page (one id per tab, a few tabs) works as before.
import * as encoding from "lib0/encoding";
import { afterAll, expect, it } from "vitest";
import { CLOSE_TOO_MANY_SOCKETS, MAX_SOCKETS_PER_CREDENTIAL } from "../../server/live/hub.js";
import { MAX_PRESENCE_IDS_PER_SOCKET } from "../../server/live/room.js";
import { LiveClient } from "../support/live-client.js";
import { openLiveSocket } from "../support/live-connect.js";
import { buildPair, type PairWorld } from "../support/pairs.js";
import { describeAttack } from "./support/attack-world.js";

/** An awareness frame claiming `count` client ids, each with an empty state. */
function presenceFlood(count: number, firstId: number): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(update, firstId + i);
    encoding.writeVarUint(update, 1);
    encoding.writeVarString(update, "{}");
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

describeAttack("a participant floods the live channel", (w) => {
  let p: PairWorld;
  const clients: LiveClient[] = [];
  const join = async (cookie: string | null) => {
    const socket = await openLiveSocket(w.current.baseUrl, p.meetingId, {
      cookie: cookie ?? "",
      origin: w.current.baseUrl,
    });
    const client = new LiveClient().attach(socket);
    clients.push(client);
    await client.waitFor(() => client.frames.length > 0 || client.closeCode !== null, "sync step 1 or a close");
    return client;
  };
  afterAll(() => {
    for (const client of clients) client.detach();
  });

  it("keeps one socket's presence to a handful of ids; the real one still shows", async () => {
    p = await buildPair(w.current);
    const leader = await join(p.leader.client.sessionCookie);
    const attacker = await join(p.teammate.client.sessionCookie);
    attacker.awareness.setLocalState({ user: { id: "x", name: "x" }, typing: null });
    const teammateIds = () =>
      [...leader.awareness.getStates().entries()].filter(
        ([, state]) => (state as { user?: { id?: string } }).user?.id === p.teammate.userId,
      );
    await leader.waitFor(() => teammateIds().length > 0, "the teammate's own presence");
    const before = leader.frames.reduce((n, f) => n + f.length, 0);
    attacker.socket?.send(presenceFlood(5000, 1_000_000));
    // A marker after the flood: once the leader has it, the flood has been handled.
    attacker.text.insert(0, "marker");
    await leader.waitFor(() => leader.text.toString() === "marker", "the marker");
    expect(teammateIds().length).toBeLessThanOrEqual(MAX_PRESENCE_IDS_PER_SOCKET);
    expect(teammateIds().some(([id]) => id === attacker.doc.clientID)).toBe(true);
    expect(leader.frames.reduce((n, f) => n + f.length, 0) - before).toBeLessThan(20_000);
  });

  it("bounds the sockets one session holds; the other participant still connects", async () => {
    const sockets: LiveClient[] = [];
    for (let i = 0; i < MAX_SOCKETS_PER_CREDENTIAL + 5; i++) {
      sockets.push(await join(p.teammate.client.sessionCookie));
    }
    await sockets.at(-1)?.waitFor(() => sockets.at(-1)?.closeCode !== null, "the refusal of the extra socket");
    const refused = sockets.filter((s) => s.closeCode === CLOSE_TOO_MANY_SOCKETS);
    expect(refused.length).toBeGreaterThanOrEqual(5);
    const leader = await join(p.leader.client.sessionCookie);
    expect(leader.closeCode).toBeNull();
    // Closing one frees a place.
    for (const s of sockets) s.detach();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await join(p.teammate.client.sessionCookie);
    expect(again.closeCode).toBeNull();
  });
});
