// Attacker: an admin of the workspace someone left, watching them after they have gone.
// Chain: deactivate (or simply lose) a member -> they join another workspace and go on signing in,
// creating API tokens and rotating their calendar feed -> the old workspace's audit log kept showing
// those account events (when and from which IP they sign in, what tokens they make).
// Rule: finding 11 — a workspace sees a person's account events only from while they were an
// active member there; its own record of them while they were a member stays.
import { expect, it } from "vitest";
import { buildMember, buildOwner, PASSWORD, type SignedInUser } from "../support/factories.js";
import type { TestClient } from "../support/http-client.js";
import { describeAttack } from "./support/attack-world.js";

const MINUTE = 60_000;

type AuditEvent = { action: string; createdAt: string; actor: { id: string } | null };

describeAttack("the audit log follows people out", (w) => {
  async function eventsOf(admin: SignedInUser & { orgId: string }, userId: string): Promise<AuditEvent[]> {
    const events: AuditEvent[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=100&before=${encodeURIComponent(cursor)}` : "?limit=100";
      const res: { status: number; body: { events: AuditEvent[]; nextCursor: string | null } } = await admin.client.get(
        `/api/v1/orgs/${admin.orgId}/audit${query}`,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      events.push(...res.body.events);
      cursor = res.body.nextCursor;
    } while (cursor);
    return events.filter((e) => e.actor?.id === userId);
  }

  async function accountActivity(client: TestClient, email: string, label: string) {
    const t = w.current;
    t.clock.advance(MINUTE);
    expect((await client.post("/api/v1/auth/login", { email, password: PASSWORD })).status).toBe(200);
    t.clock.advance(MINUTE);
    const token = await client.post("/api/v1/tokens", { name: `token ${label}`, scopes: ["read"] });
    expect(token.status, JSON.stringify(token.body)).toBe(201);
    t.clock.advance(MINUTE);
    expect((await client.post("/api/v1/calendar-feed/rotate", {})).status).toBe(200);
    return t.clock.now().toISOString();
  }

  it("shows the old workspace none of a leaver's later sign-ins, tokens or feed events; its own record stays", async () => {
    const t = w.current;
    const oldOwner = await buildOwner(t, "Old Owner");
    const leaver = await buildMember(t, oldOwner, { name: "Lee Leaver" });
    const whileMember = await accountActivity(leaver.client, leaver.email, "while a member");
    const before = await eventsOf(oldOwner, leaver.userId);
    const actions = (events: AuditEvent[]) => events.map((e) => e.action).sort();
    expect(actions(before)).toEqual(
      expect.arrayContaining(["calendar_feed.rotated", "invitation.accepted", "sign_in.success", "token.created"]),
    );

    t.clock.advance(MINUTE);
    const deactivate = await oldOwner.client.patch(`/api/v1/orgs/${oldOwner.orgId}/people/${leaver.userId}`, {
      status: "deactivated",
    });
    expect(deactivate.status).toBe(200);
    const leftAt = t.clock.now().toISOString();

    // They join another workspace and go on using their account there.
    const newOwner = await buildOwner(t, "New Owner");
    t.clock.advance(MINUTE);
    const invite = await newOwner.client.post(`/api/v1/orgs/${newOwner.orgId}/invitations`, {
      email: leaver.email,
      role: "member",
    });
    expect(invite.status, JSON.stringify(invite.body)).toBe(201);
    const accepted = await w.current
      .client()
      .post(`/api/v1/invitations/${invite.body.acceptUrl.split("/invite/")[1]}/accept`, { password: PASSWORD });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const fresh = w.current.client();
    await accountActivity(fresh, leaver.email, "after leaving");

    const after = await eventsOf(oldOwner, leaver.userId);
    const leaked = after.filter((e) => e.createdAt > leftAt);
    expect(leaked.map((e) => e.action)).toEqual([]);
    // The legitimate path: what they did while a member is still in the old workspace's log…
    expect(after.filter((e) => e.createdAt <= whileMember)).toEqual(before);
    // …and the new workspace sees their account events since they joined it.
    const seenByNew = await eventsOf(newOwner, leaver.userId);
    expect(actions(seenByNew)).toEqual(
      expect.arrayContaining(["calendar_feed.rotated", "sign_in.success", "token.created"]),
    );
    expect(seenByNew.every((e) => e.createdAt > leftAt)).toBe(true);

    // Taken back into the old workspace: from then on it sees them again, never the time between.
    t.clock.advance(MINUTE);
    const back = await oldOwner.client.patch(`/api/v1/orgs/${oldOwner.orgId}/people/${leaver.userId}`, {
      status: "active",
    });
    expect(back.status).toBe(200);
    const backAt = t.clock.now().toISOString();
    await accountActivity(fresh, leaver.email, "back again");
    const again = await eventsOf(oldOwner, leaver.userId);
    const betweenAccount = again.filter(
      (e) => e.createdAt > leftAt && e.createdAt < backAt && e.action !== "member.status_changed",
    );
    expect(betweenAccount.map((e) => e.action)).toEqual([]);
    expect(actions(again.filter((e) => e.createdAt > backAt))).toEqual(
      expect.arrayContaining(["calendar_feed.rotated", "sign_in.success", "token.created"]),
    );
  });

  it("starts a new period when a deactivated person is invited back, and never shows the time away", async () => {
    const t = w.current;
    const owner = await buildOwner(t, "Owner Again");
    const person = await buildMember(t, owner, { name: "Rita Returns" });
    // She is also a member elsewhere, so her account stays in use while she is away.
    const elsewhere = await buildOwner(t, "Elsewhere Owner");
    const other = await elsewhere.client.post(`/api/v1/orgs/${elsewhere.orgId}/invitations`, {
      email: person.email,
      role: "member",
    });
    expect(other.status).toBe(201);
    const joined = await w.current
      .client()
      .post(`/api/v1/invitations/${other.body.acceptUrl.split("/invite/")[1]}/accept`, { password: PASSWORD });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    t.clock.advance(MINUTE);
    expect(
      (await owner.client.patch(`/api/v1/orgs/${owner.orgId}/people/${person.userId}`, { status: "deactivated" }))
        .status,
    ).toBe(200);
    const leftAt = t.clock.now().toISOString();
    const away = w.current.client();
    await accountActivity(away, person.email, "while away");
    t.clock.advance(MINUTE);
    const invite = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, {
      email: person.email,
      role: "member",
    });
    expect(invite.status, JSON.stringify(invite.body)).toBe(201);
    const token = invite.body.acceptUrl.split("/invite/")[1];
    const accepted = await w.current.client().post(`/api/v1/invitations/${token}/accept`, { password: PASSWORD });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const backAt = t.clock.now().toISOString();
    await accountActivity(away, person.email, "back");
    const seen = await eventsOf(owner, person.userId);
    const whileAway = seen.filter((e) => e.createdAt > leftAt && e.createdAt < backAt);
    expect(whileAway.map((e) => e.action)).toEqual([]);
    expect(seen.filter((e) => e.createdAt > backAt).map((e) => e.action)).toEqual(
      expect.arrayContaining(["calendar_feed.rotated", "sign_in.success", "token.created"]),
    );
  });
});
