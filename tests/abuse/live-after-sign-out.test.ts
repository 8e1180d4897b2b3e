import { afterAll, describe, expect, it } from "vitest";
import { CLOSE_UNAUTHORIZED } from "../../server/live/hub.js";
import { PASSWORD } from "../support/factories.js";
import { LiveClient } from "../support/live-client.js";
import { openLiveSocket } from "../support/live-connect.js";
import { buildPair, type PairWorld } from "../support/pairs.js";
import { callApi } from "../support/server-process.js";
import { testEngines } from "../support/test-db.js";
import { twoNodesSuite } from "../support/two-nodes.js";
import { describeAttack } from "./support/attack-world.js";

/** How long a close may take to arrive: generous for a loaded machine, far below the 30-second heartbeat. */
const PROMPTLY = 5000;

async function open(base: string, meetingId: string, headers: Record<string, string>): Promise<LiveClient> {
  const client = new LiveClient().attach(await openLiveSocket(base, meetingId, headers));
  await client.waitFor(() => client.frames.length > 0, "the server's sync step 1");
  return client;
}

/** Types `marker` as `writer` and waits until `witness` has it: anything `closed` would have got, it got by then. */
async function typeAndSettle(writer: LiveClient, witness: LiveClient, marker: string): Promise<void> {
  writer.text.insert(writer.text.length, marker);
  await witness.waitFor(() => witness.text.toString().includes(marker), `"${marker}" at the witness`);
}

describeAttack("the live channel after sign-out, a password change, a revoked token or a deactivation", (w) => {
  let p: PairWorld;
  const clients: LiveClient[] = [];
  const cookieOf = (cookie: string | null) => ({ cookie: cookie ?? "", origin: w.current.baseUrl });
  const join = async (headers: Record<string, string>) => {
    const client = await open(w.current.baseUrl, p.meetingId, headers);
    clients.push(client);
    return client;
  };
  afterAll(() => {
    for (const client of clients) client.detach();
  });

  it("closes the signed-out session's socket at once; the person's other device keeps its own", async () => {
    p = await buildPair(w.current);
    const sharedComputer = w.current.client();
    expect(
      (await sharedComputer.post("/api/v1/auth/login", { email: p.teammate.email, password: PASSWORD })).status,
    ).toBe(200);
    const copiedCookie = sharedComputer.sessionCookie;
    const leader = await join(cookieOf(p.leader.client.sessionCookie));
    const device = await join(cookieOf(p.teammate.client.sessionCookie));
    const attacker = await join(cookieOf(copiedCookie));

    expect((await sharedComputer.post("/api/v1/auth/logout")).status).toBe(204);
    await attacker.waitFor(() => attacker.closeCode !== null, "the copied session's socket to close", PROMPTLY);
    expect(attacker.closeCode).toBe(CLOSE_UNAUTHORIZED);

    await typeAndSettle(leader, device, "After sign-out: the reorg plan");
    expect(attacker.text.toString()).not.toContain("reorg");
    expect(Buffer.concat(attacker.frames).toString("utf8")).not.toContain("reorg");
    expect(device.closeCode).toBeNull();
  });

  it("closes a revoked token's socket at once", async () => {
    const minted = await p.teammate.client.post("/api/v1/tokens", { name: "script", scopes: ["write"] });
    expect(minted.status).toBe(201);
    const leader = await join(cookieOf(p.leader.client.sessionCookie));
    const viaToken = await join({ authorization: `Bearer ${minted.body.token}` });
    expect((await p.teammate.client.delete(`/api/v1/tokens/${minted.body.id}`)).status).toBe(204);
    await viaToken.waitFor(() => viaToken.closeCode !== null, "the revoked token's socket to close", PROMPTLY);
    expect(viaToken.closeCode).toBe(CLOSE_UNAUTHORIZED);
    // And nothing it sends afterwards lands: the socket is gone.
    viaToken.text.insert(0, "written with a revoked token");
    await typeAndSettle(leader, leader, "Leader still writes");
    expect(leader.text.toString()).not.toContain("revoked token");
  });

  it("closes every session's and token's socket when the password changes; the new session connects", async () => {
    const minted = await p.teammate.client.post("/api/v1/tokens", { name: "script", scopes: ["write"] });
    expect(minted.status).toBe(201);
    const leader = await join(cookieOf(p.leader.client.sessionCookie));
    const oldSession = await join(cookieOf(p.teammate.client.sessionCookie));
    const viaToken = await join({ authorization: `Bearer ${minted.body.token}` });
    const changed = await p.teammate.client.put("/api/v1/me/password", {
      currentPassword: PASSWORD,
      newPassword: "a fresh passphrase here",
    });
    expect(changed.status).toBe(204);
    for (const socket of [oldSession, viaToken]) {
      await socket.waitFor(() => socket.closeCode !== null, "an old credential's socket to close", PROMPTLY);
      expect(socket.closeCode).toBe(CLOSE_UNAUTHORIZED);
    }
    const fresh = await join(cookieOf(p.teammate.client.sessionCookie));
    await typeAndSettle(leader, fresh, "After the password change");
    expect(oldSession.text.toString()).not.toContain("password change");
    expect(viaToken.text.toString()).not.toContain("password change");
  });

  it("closes a deactivated member's socket at once; the other participant stays", async () => {
    const leader = await join(cookieOf(p.leader.client.sessionCookie));
    const teammate = await join(cookieOf(p.teammate.client.sessionCookie));
    const res = await p.admin.client.patch(`/api/v1/orgs/${p.orgId}/people/${p.teammate.userId}`, {
      status: "deactivated",
    });
    expect(res.status).toBe(200);
    await teammate.waitFor(() => teammate.closeCode !== null, "the deactivated member's socket to close", PROMPTLY);
    expect(teammate.closeCode).toBe(CLOSE_UNAUTHORIZED);
    await typeAndSettle(leader, leader, "After the deactivation");
    expect(teammate.text.toString()).not.toContain("deactivation");
    expect(leader.closeCode).toBeNull();
  });
});

const pg = testEngines().includes("postgres");
(pg ? describe : describe.skip)("the live channel after sign-out, across two server processes [postgres]", () => {
  const SECRET = "abuse-cluster-secret-abuse-cluster-secret-00";
  const cluster = twoNodesSuite(SECRET, 120_000);

  it("closes the socket on the other node when the session signs out on this one", async () => {
    const { p1, p2, leader, teammate, meetingId } = cluster.nodes;
    // The teammate signs in a second time (the shared computer whose cookie was copied).
    const email = (await callApi(p1.base, teammate.cookie, "GET", "/api/v1/me")).body.user.email;
    const second = await callApi(p1.base, null, "POST", "/api/v1/auth/login", { email, password: PASSWORD });
    expect(second.status).toBe(200);
    const onP1 = await open(p1.base, meetingId, { cookie: leader.cookie, origin: p1.base });
    const attackerOnP2 = await open(p2.base, meetingId, { cookie: second.cookie ?? "", origin: p2.base });
    const deviceOnP2 = await open(p2.base, meetingId, { cookie: teammate.cookie, origin: p2.base });
    cluster.clients.push(onP1, attackerOnP2, deviceOnP2);
    await typeAndSettle(onP1, deviceOnP2, "Before: hello");

    expect((await callApi(p1.base, second.cookie, "POST", "/api/v1/auth/logout")).status).toBe(204);
    await attackerOnP2.waitFor(
      () => attackerOnP2.closeCode !== null,
      "the socket on the other node to close",
      PROMPTLY,
    );
    expect(attackerOnP2.closeCode).toBe(CLOSE_UNAUTHORIZED);
    await typeAndSettle(onP1, deviceOnP2, "After: the layoffs list");
    expect(attackerOnP2.text.toString()).not.toContain("layoffs");
    expect(deviceOnP2.closeCode).toBeNull();
    for (const server of [p1, p2]) expect(server.output()).not.toMatch(/"level":(50|60)/);
  }, 60_000);
});
