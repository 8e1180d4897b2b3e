import { expect, it } from "vitest";
import type { AuditEvent } from "../../../shared/schemas/audit.js";
import { buildMember, buildOwner, PASSWORD } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair, type PairWorld } from "../../../tests/support/pairs.js";
import { describeEachEngine, type TestApp } from "../../../tests/support/test-app.js";

/** Words typed into every kind of content; none may ever reach the audit log. */
const SECRETS = {
  agenda: "AGENDA-SECRET-7f3a",
  shared: "SHARED-NOTE-SECRET-91bc",
  private: "PRIVATE-NOTE-SECRET-44de",
  feedback: "FEEDBACK-SECRET-0c1d",
  example: "FEEDBACK-EXAMPLE-SECRET-5e6f",
  action: "ACTION-TITLE-SECRET-8a9b",
  goal: "GOAL-TITLE-SECRET-2b3c",
  checkIn: "CHECKIN-NOTE-SECRET-6d7e",
  cancel: "CANCEL-REASON-SECRET-1f2a",
  reschedule: "RESCHEDULE-REASON-SECRET-3b4c",
  token: "TOKEN-NAME-SECRET-9d0e",
  standing: "STANDING-ITEM-SECRET-7c8d",
};

async function ok(res: Promise<{ status: number; body: unknown }>, label: string) {
  const r = await res;
  expect(r.status, `${label}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
  return r as { status: number; body: any };
}

/** A pair that has lived through every audited event, with content written everywhere. */
async function busyWorkspace(t: TestApp): Promise<PairWorld> {
  const w = await buildPair(t);
  const { leader, teammate, admin, colleague } = w;
  const m = `/api/v1/meetings/${w.meetingId}`;
  await ok(leader.client.post(`${m}/agenda-items`, { body: SECRETS.agenda }), "agenda");
  await ok(leader.client.put(`${m}/notes/shared`, { body: SECRETS.shared, baseVersion: 0 }), "shared note");
  await ok(teammate.client.put(`${m}/notes/private`, { body: SECRETS.private, baseVersion: 0 }), "private note");
  await ok(
    leader.client.post(`${m}/feedback`, { kind: "praise", body: SECRETS.feedback, example: SECRETS.example }),
    "fb",
  );
  await ok(leader.client.post(`${m}/action-items`, { title: SECRETS.action, ownerId: teammate.userId }), "action");
  await ok(teammate.client.post(`${m}/check-in`, { mood: 2, note: SECRETS.checkIn }), "check-in");
  await ok(leader.client.post(`/api/v1/one-on-ones/${w.oneOnOneId}/goals`, { title: SECRETS.goal }), "goal");
  await ok(leader.client.post(`/api/v1/one-on-ones/${w.oneOnOneId}/standing-items`, { body: SECRETS.standing }), "s");
  const completed = await ok(leader.client.post(`${m}/complete`, {}), "complete");
  const next = completed.body.nextMeeting.id;
  const canceled = await ok(
    teammate.client.post(`/api/v1/meetings/${next}/cancel`, { reason: SECRETS.cancel }),
    "cancel",
  );
  const later = new Date(t.clock.now().getTime() + 30 * 24 * 3600 * 1000).toISOString();
  await ok(
    leader.client.post(`/api/v1/meetings/${canceled.body.nextMeeting.id}/reschedule`, {
      scheduledAt: later,
      reason: SECRETS.reschedule,
    }),
    "reschedule",
  );
  const token = await ok(leader.client.post("/api/v1/tokens", { name: SECRETS.token }), "token");
  await ok(leader.client.delete(`/api/v1/tokens/${token.body.id}`), "revoke");
  await ok(leader.client.post("/api/v1/calendar-feed/rotate"), "rotate feed");
  const failed = await new TestClient(t.app).post("/api/v1/auth/login", { email: teammate.email, password: "wrong!!" });
  expect(failed.status).toBe(401);
  await ok(new TestClient(t.app).post("/api/v1/auth/login", { email: teammate.email, password: PASSWORD }), "login");
  await ok(
    teammate.client.put("/api/v1/me/password", { currentPassword: PASSWORD, newPassword: "a new long password" }),
    "password",
  );
  await ok(admin.client.patch(`/api/v1/orgs/${w.orgId}/people/${colleague.userId}`, { role: "admin" }), "role");
  await ok(
    admin.client.patch(`/api/v1/orgs/${w.orgId}/people/${colleague.userId}`, { managerId: leader.userId }),
    "manager",
  );
  await ok(
    admin.client.patch(`/api/v1/orgs/${w.orgId}/people/${colleague.userId}`, { status: "deactivated" }),
    "deactivate",
  );
  const invite = await ok(
    admin.client.post(`/api/v1/orgs/${w.orgId}/invitations`, { email: "pending@example.com", role: "member" }),
    "invite",
  );
  await ok(admin.client.post(`/api/v1/orgs/${w.orgId}/invitations/${invite.body.id}/resend`), "resend");
  await ok(admin.client.delete(`/api/v1/orgs/${w.orgId}/invitations/${invite.body.id}`), "revoke invitation");
  await ok(leader.client.post("/api/v1/auth/logout"), "logout");
  return w;
}

async function allEvents(client: TestClient, orgId: string, limit = 100): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; body: any } = await client.get(
      `/api/v1/orgs/${orgId}/audit?limit=${limit}${cursor ? `&before=${cursor}` : ""}`,
    );
    expect(res.status).toBe(200);
    events.push(...res.body.events);
    cursor = res.body.nextCursor;
  } while (cursor);
  return events;
}

describeEachEngine("audit log", (ctx) => {
  it("shows admins every security event of the workspace: who, what, to whom, when, from where", async () => {
    const w = await busyWorkspace(ctx.current);
    const events = await allEvents(w.admin.client, w.orgId);
    const actions = new Set(events.map((e) => e.action));
    for (const action of [
      "sign_up",
      "invitation.created",
      "invitation.accepted",
      "invitation.resent",
      "invitation.revoked",
      "one_on_one.created",
      "meeting.completed",
      "meeting.canceled",
      "meeting.rescheduled",
      "token.created",
      "token.revoked",
      "calendar_feed.rotated",
      "sign_in.failure",
      "sign_in.success",
      "password.changed",
      "member.role_changed",
      "member.manager_changed",
      "member.status_changed",
      "sign_out",
    ]) {
      expect(actions, action).toContain(action);
    }
    const find = (action: string) => events.find((e) => e.action === action) as AuditEvent;
    expect(find("one_on_one.created")).toMatchObject({
      actor: { id: w.leader.userId, name: "Leo Leader" },
      target: {
        type: "one_on_one",
        id: w.oneOnOneId,
        pair: { leaderName: "Leo Leader", teammateName: "Tina Teammate" },
      },
      ip: expect.any(String),
    });
    expect(find("meeting.completed").target).toMatchObject({ type: "meeting", id: w.meetingId });
    expect(find("meeting.canceled")).toMatchObject({
      actor: { name: "Tina Teammate" },
      target: { pair: { leaderName: "Leo Leader" } },
    });
    expect(find("member.role_changed")).toMatchObject({
      actor: { name: "Ada Admin" },
      target: { type: "user", id: w.colleague.userId, name: "Cole Colleague" },
      change: { from: "member", to: "admin" },
    });
    expect(find("member.manager_changed").change).toEqual({ from: null, to: "Leo Leader" });
    expect(find("member.status_changed").change).toEqual({ from: "active", to: "deactivated" });
    expect(find("invitation.revoked").target).toMatchObject({ type: "invitation", name: "pending@example.com" });
    expect(find("sign_in.failure")).toMatchObject({ actor: { id: w.teammate.userId }, target: null, change: null });
    expect(find("calendar_feed.rotated").actor?.id).toBe(w.leader.userId);
    // Newest first, and every one stamped.
    const times = events.map((e) => e.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    for (const e of events) expect(Date.parse(e.createdAt)).not.toBeNaN();
  });

  it("never holds content: no note, agenda, feedback, action, goal, check-in, reason or token name", async () => {
    const w = await busyWorkspace(ctx.current);
    const shown = JSON.stringify(await allEvents(w.admin.client, w.orgId));
    const stored = JSON.stringify(await ctx.current.deps.db.kysely.selectFrom("auditEvents").selectAll().execute());
    for (const [kind, secret] of Object.entries(SECRETS)) {
      expect(shown, `${kind} in the audit API`).not.toContain(secret);
      expect(stored, `${kind} in the audit_events table`).not.toContain(secret);
    }
    // Only ids, names of people, the invited address, roles and statuses: the keys say so.
    for (const event of JSON.parse(shown) as AuditEvent[]) {
      expect(Object.keys(event).sort()).toEqual(["action", "actor", "change", "createdAt", "id", "ip", "target"]);
    }
  });

  it("pages newest first with a keyset cursor: every event once, none lost", async () => {
    const w = await busyWorkspace(ctx.current);
    const all = await allEvents(w.admin.client, w.orgId);
    const paged = await allEvents(w.admin.client, w.orgId, 3);
    expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(new Set(paged.map((e) => e.id)).size).toBe(paged.length);
    const url = `/api/v1/orgs/${w.orgId}/audit`;
    expect((await w.admin.client.get(`${url}?limit=0`)).status).toBe(400);
    expect((await w.admin.client.get(`${url}?limit=101`)).status).toBe(400);
    expect((await w.admin.client.get(`${url}?before=not-a-cursor`)).status).toBe(400);
  });

  it("is for admins only: members 403, other workspaces 404, anonymous 401", async () => {
    const w = await buildPair(ctx.current);
    const url = `/api/v1/orgs/${w.orgId}/audit`;
    expect((await w.leader.client.get(url)).status).toBe(403);
    expect((await w.teammate.client.get(url)).body.error.code).toBe("admin_required");
    expect((await w.outsider.client.get(url)).status).toBe(404);
    expect((await w.outsider.client.get("/api/v1/orgs/no-such-org/audit")).status).toBe(404);
    expect((await new TestClient(ctx.current.app).get(url)).status).toBe(401);
    const admin = await buildMember(
      ctx.current,
      { client: w.admin.client, orgId: w.orgId },
      { name: "Second Admin", role: "admin" },
    );
    expect((await admin.client.get(url)).status).toBe(200);
  });

  it("keeps workspaces apart: account events show only in the workspaces the person belongs to, from when they joined", async () => {
    const a = await buildOwner(ctx.current, "Alice A");
    const b = await buildOwner(ctx.current, "Bob B");
    const t = ctx.current.clock;
    await ok(b.client.post("/api/v1/tokens", { name: "before joining" }), "early token");
    t.advance(60_000);
    try {
      const invite = await ok(
        a.client.post(`/api/v1/orgs/${a.orgId}/invitations`, { email: b.email, role: "member" }),
        "invite bob",
      );
      const token = invite.body.acceptUrl.split("/invite/")[1];
      await ok(b.client.post(`/api/v1/invitations/${token}/accept`, { password: PASSWORD }), "bob joins");
      t.advance(60_000);
      await ok(b.client.post("/api/v1/calendar-feed/rotate"), "bob rotates");
      const inA = await allEvents(a.client, a.orgId);
      const bobsInA = inA.filter((e) => e.actor?.id === b.userId).map((e) => e.action);
      expect(bobsInA.sort()).toEqual(["calendar_feed.rotated", "invitation.accepted"]);
      // Bob's own workspace sees his account events, but nothing of Alice's workspace.
      const inB = await allEvents(b.client, b.orgId);
      expect(inB.map((e) => e.action)).toEqual(
        expect.arrayContaining(["sign_up", "token.created", "calendar_feed.rotated"]),
      );
      expect(inB.some((e) => e.actor?.id === a.userId)).toBe(false);
      expect(inB.some((e) => e.action === "invitation.created")).toBe(false);
    } finally {
      t.advance(-120_000);
    }
  });
});
