/**
 * Attacker: someone holding a sign-in that workspace B's identity provider issued (a session held to B,
 * or an API token that session minted), trying to keep or widen it.
 * Chains tried:
 *  1. change the password from the B-held session: the new session the answer sets must still be held to B;
 *  2. B deactivates the person, who stays active in A: the B-held session and token must stop at once
 *     (they used to live on while the person was active anywhere), and a live socket it opened must close;
 *  3. a token minted by a password session of someone deactivated in A (still active in B) reaches B only;
 *  4. a token minted by a B-held session while its person was in B only, kept until they join workspace A:
 *     it must never reach A (tokens carry the workspace of the sign-in that minted them).
 * Rule (finding 1, P5, P7): a sign-in through a workspace's provider never yields access to any other
 * workspace, and lives only while its person is active in that workspace. The legitimate paths beside it:
 * the person's password session keeps A; B's owner keeps B.
 */
import { beforeAll, expect, it } from "vitest";
import { buildMember, buildOwner, PASSWORD, type SignedInUser } from "../support/factories.js";
import type { TestClient } from "../support/http-client.js";
import { openLiveSocket } from "../support/live-connect.js";
import { startWeeklyOneOnOne } from "../support/pairs.js";
import { describeAttack } from "./support/attack-world.js";
import { scopedSessionClient } from "./support/scoped-session.js";

interface World {
  vera: SignedInUser & { orgId: string };
  tom: SignedInUser;
  bob: SignedInUser & { orgId: string };
  oneOnOneA: string;
}

async function pairIn(leader: TestClient, teammateId: string, days: number, overrides: Record<string, unknown> = {}) {
  const firstMeetingAt = new Date(Date.parse("2026-03-02T09:00:00.000Z") + days * 86400000).toISOString();
  return startWeeklyOneOnOne(leader, teammateId, firstMeetingAt, overrides);
}

/** Vera owns A (a 1:1 with Tom) and is a member of B (owned by Bob), joined with her password. */
async function buildWorld(t: Parameters<typeof buildOwner>[0]): Promise<World> {
  const vera = await buildOwner(t, "Vera Victim");
  const tom = await buildMember(t, vera, { name: "Tom Teammate" });
  const { oneOnOneId } = await pairIn(vera.client, tom.userId, 1);
  const bob = await buildOwner(t, "Bob Boss");
  const invite = await bob.client.post(`/api/v1/orgs/${bob.orgId}/invitations`, { email: vera.email, role: "member" });
  expect(invite.status, JSON.stringify(invite.body)).toBe(201);
  const token = invite.body.acceptUrl.split("/invite/")[1];
  const accepted = await vera.client.post(`/api/v1/invitations/${token}/accept`, { password: PASSWORD });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return { vera, tom, bob, oneOnOneA: oneOnOneId };
}

describeAttack("a sign-in held to workspace B neither widens nor outlives its place in B", (world) => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(world.current);
  });

  it("changing the password from a B-held session leaves the new session held to B", async () => {
    const scoped = await scopedSessionClient(world.current, w.vera.userId, w.bob.orgId);
    expect((await scoped.get(`/api/v1/one-on-ones/${w.oneOnOneA}`)).status).toBe(404);
    const changed = await scoped.put("/api/v1/me/password", {
      currentPassword: PASSWORD,
      newPassword: `${PASSWORD} 2`,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(204);
    // The answer set a fresh cookie: it is still held to B.
    expect((await scoped.get(`/api/v1/one-on-ones/${w.oneOnOneA}`)).status).toBe(404);
    expect(
      (await scoped.get("/api/v1/me")).body.memberships.map((m: { organization: { id: string } }) => m.organization.id),
    ).toEqual([w.bob.orgId]);
    expect((await scoped.get(`/api/v1/orgs/${w.bob.orgId}/people`)).status).toBe(200);
    // Vera's password (the new one) still opens A.
    const again = world.current.client();
    const login = await again.post("/api/v1/auth/login", { email: w.vera.email, password: `${PASSWORD} 2` });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    expect((await again.get(`/api/v1/one-on-ones/${w.oneOnOneA}`)).status).toBe(200);
    w.vera.client = again;
  });
});

describeAttack("deactivation in workspace B ends the sign-ins held to B at once", (world) => {
  let w: World;
  let scoped: TestClient;
  beforeAll(async () => {
    w = await buildWorld(world.current);
  });

  it("the B-held session, its token and its live socket stop; the password session keeps A", async () => {
    const t = world.current;
    scoped = await scopedSessionClient(t, w.vera.userId, w.bob.orgId);
    const minted = await scoped.post("/api/v1/tokens", { name: "from B's provider", scopes: ["read"] });
    const bearer = t.client();
    if (minted.status === 201) bearer.bearer = minted.body.token;
    // A peer 1:1: Vera is not her workspace owner's manager.
    const { meetingId } = await pairIn(scoped, w.bob.userId, 2, { kind: "peer" });
    const socket = await openLiveSocket(t.baseUrl, meetingId, {
      cookie: scoped.sessionCookie as string,
      origin: t.baseUrl,
    });
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    expect((await scoped.get("/api/v1/me")).status).toBe(200);
    if (bearer.bearer) expect((await bearer.get("/api/v1/me")).status).toBe(200);

    const off = await w.bob.client.patch(`/api/v1/orgs/${w.bob.orgId}/people/${w.vera.userId}`, {
      status: "deactivated",
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);

    // Vera is still active in A, but nothing held to B may carry on.
    const me = await scoped.get("/api/v1/me");
    expect(me.status, JSON.stringify(me.body)).toBe(401);
    expect((await scoped.get(`/api/v1/one-on-ones/${w.oneOnOneA}`)).status).toBe(401);
    if (bearer.bearer) expect((await bearer.get("/api/v1/me")).status).toBe(401);
    await t.deps.live.sweep();
    expect(await closed).toBeGreaterThanOrEqual(4000);

    // Her password session keeps A, and B's owner keeps B.
    expect((await w.vera.client.get(`/api/v1/one-on-ones/${w.oneOnOneA}`)).status).toBe(200);
    expect((await w.vera.client.get(`/api/v1/orgs/${w.bob.orgId}/people`)).status).toBe(404);
    expect((await w.bob.client.get(`/api/v1/orgs/${w.bob.orgId}/people`)).status).toBe(200);
  });

  it("a former member's token from a password session reaches B only, never A", async () => {
    const t = world.current;
    // Vera is active in A only now; a token from her password session, then she leaves A for B.
    const tok = await w.vera.client.post("/api/v1/tokens", { name: "laptop", scopes: ["read"] });
    if (tok.status !== 201) {
      // Creating tokens may need a recent sign-in (sudo mode); the password session is fresh enough.
      expect(tok.status, JSON.stringify(tok.body)).toBe(201);
    }
    const back = await w.bob.client.patch(`/api/v1/orgs/${w.bob.orgId}/people/${w.vera.userId}`, { status: "active" });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    // The session B's provider gave ended with the deactivation; coming back does not revive it.
    expect((await scoped.get("/api/v1/me")).status).toBe(401);
    // Tom's workspace A is Vera's; she hands it over and leaves.
    const promote = await w.vera.client.patch(`/api/v1/orgs/${w.vera.orgId}/people/${w.tom.userId}`, { role: "owner" });
    expect(promote.status, JSON.stringify(promote.body)).toBe(200);
    const tomLogin = t.client();
    expect((await tomLogin.post("/api/v1/auth/login", { email: w.tom.email, password: PASSWORD })).status).toBe(200);
    const leave = await tomLogin.patch(`/api/v1/orgs/${w.vera.orgId}/people/${w.vera.userId}`, {
      status: "deactivated",
    });
    expect(leave.status, JSON.stringify(leave.body)).toBe(200);
    const bearer = t.client();
    bearer.bearer = tok.body.token;
    expect((await bearer.get(`/api/v1/one-on-ones/${w.oneOnOneA}`)).status).toBe(404);
    expect((await bearer.get(`/api/v1/orgs/${w.vera.orgId}/people`)).status).toBe(404);
    expect((await bearer.get(`/api/v1/orgs/${w.vera.orgId}/audit`)).status).toBe(404);
    const mine = await bearer.get("/api/v1/me");
    expect(mine.status).toBe(200);
    expect(
      mine.body.memberships
        .filter((m: { status: string }) => m.status === "active")
        .map((m: { organization: { id: string } }) => m.organization.id),
    ).toEqual([w.bob.orgId]);
    expect((await bearer.get(`/api/v1/orgs/${w.bob.orgId}/people`)).status).toBe(200);
  });
});

describeAttack("a token from a B-held sign-in stays in B after its person joins another workspace", (world) => {
  it("minted while the person was in B only, it never reaches the workspace they join later", async () => {
    const t = world.current;
    const bob = await buildOwner(t, "Bob Boss");
    const jay = await buildMember(t, bob, { name: "Jay Justintime" });
    // Jay is in B only: B's provider signs him in; the feed URL and a token are his to take (the legitimate path).
    const held = await scopedSessionClient(t, jay.userId, bob.orgId);
    expect((await held.get("/api/v1/calendar-feed")).status).toBe(200);
    const minted = await held.post("/api/v1/tokens", { name: "from B's provider", scopes: ["read", "write"] });
    expect(minted.status, JSON.stringify(minted.body)).toBe(201);
    const bearer = t.client();
    bearer.bearer = minted.body.token;

    // Later Jay joins workspace A and takes part in a 1:1 there.
    const ann = await buildOwner(t, "Ann Admin");
    const invite = await ann.client.post(`/api/v1/orgs/${ann.orgId}/invitations`, { email: jay.email, role: "member" });
    expect(invite.status).toBe(201);
    const accepted = await jay.client.post(`/api/v1/invitations/${invite.body.acceptUrl.split("/invite/")[1]}/accept`, {
      password: PASSWORD,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const { oneOnOneId, meetingId } = await pairIn(ann.client, jay.userId, 1);
    const note = await jay.client.put(`/api/v1/meetings/${meetingId}/notes/private`, {
      body: "QZXJAY private in A",
      baseVersion: 0,
    });
    expect(note.status).toBe(200);

    // The token B's provider's sign-in minted reaches none of it; nor does that session, now, the feed URL.
    expect((await bearer.get(`/api/v1/one-on-ones/${oneOnOneId}`)).status).toBe(404);
    expect((await bearer.get(`/api/v1/meetings/${meetingId}`)).status).toBe(404);
    expect(
      (await bearer.post(`/api/v1/meetings/${meetingId}/agenda-items`, { body: "planted", sectionKey: "development" }))
        .status,
    ).toBe(404);
    const search = await bearer.get("/api/v1/search?q=QZXJAY");
    expect(search.body.results).toEqual([]);
    expect(JSON.stringify((await bearer.get("/api/v1/export")).body)).not.toContain("QZXJAY");
    expect((await bearer.get(`/api/v1/orgs/${bob.orgId}/people`)).status).toBe(200);
    const feed = await held.get("/api/v1/calendar-feed");
    expect(feed.status).toBe(403);
    expect(feed.body.error.code).toBe("workspace_scoped_session");
    // Jay's own password session reads A.
    expect((await jay.client.get(`/api/v1/meetings/${meetingId}`)).status).toBe(200);
  });
});
