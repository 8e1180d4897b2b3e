import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { runSweeps } from "../../server/jobs/scheduler.js";
import { sendDueReminders } from "../../server/jobs/send-reminders.js";
import { startSession } from "../../server/modules/auth/sessions.js";
import { WEBHOOK_EVENTS } from "../../shared/schemas/webhooks.js";
import { buildMember, buildOwner, inviteTokenOf, PASSWORD, type SignedInUser } from "../support/factories.js";
import { type ApiResponse, TestClient } from "../support/http-client.js";
import { TEST_ORIGIN, type TestApp } from "../support/test-app.js";
import type { ActorName, Caller, SignedInActor } from "./actors.js";
import { type LiveWatcher, ok, seedMeeting, startOneOnOne, watchLive } from "./seed.js";

export { ok } from "./seed.js";

/**
 * Strings planted in content; the leak check knows who alone may read each.
 * They share one prefix, so one search finds them all, and each is one search token.
 */
export interface Markers {
  /** The pair's content: agenda, shared notes, actions, check-in, feedback, goals (P1). */
  pair: string;
  /** The other pair's content. */
  otherPair: string;
  /** Each author's private notes (P2). */
  privateOf: Record<"leader" | "teammate" | "otherPair" | "formerMember", string>;
  /** The name of the leader's personal template. */
  personalTemplate: string;
}
export const MARKER_PREFIX = "zqxmark";

export interface World {
  t: TestApp;
  orgId: string;
  /** Everyone but the anonymous caller. The former member was the other pair's teammate. */
  users: Record<SignedInActor, SignedInUser>;
  tokens: Record<SignedInActor, { id: string; token: string }>;
  /** Someone the 1:1-creating rows pair callers with. */
  spare: SignedInUser;
  /** The person the people-changing row changes. */
  subject: SignedInUser;
  oneOnOneId: string;
  meetingId: string;
  /** A second 1:1 of the same two people, whose meetings the lifecycle rows complete and cancel. */
  scratchOneOnOneId: string;
  /** The other pair: the `otherPair` actor and the former member, deactivated since. */
  otherOneOnOneId: string;
  otherMeetingId: string;
  agendaItemId: string;
  actionItemId: string;
  goalId: string;
  orgTemplateId: string;
  personalTemplateId: string;
  markers: Markers;
  /** Open live channels, for the leak check. */
  live: LiveWatcher[];
  /** The workspace's webhook endpoint, subscribed to every event; its deliveries go through the leak check. */
  webhook: { id: string; url: string };
  /** Where the webhook rows point new endpoints: a path on the same loopback receiver. */
  webhookUrl: (path: string) => string;
}

/** The 1:1 each actor may read; nobody else reads any. */
export function visibleOneOnOne(w: World, actor: ActorName): string[] {
  if (actor === "leader" || actor === "teammate") return [w.oneOnOneId, w.scratchOneOnOneId];
  return actor === "otherPair" ? [w.otherOneOnOneId] : [];
}

/** Of the two pairs, `ids` (1:1 a response lists) holds exactly those the caller may see. */
export function expectOneOnOne(w: World, caller: Caller, ids: string[]): void {
  for (const id of [w.oneOnOneId, w.otherOneOnOneId]) {
    expect(ids.includes(id), `1:1 ${id}`).toBe(visibleOneOnOne(w, caller.actor).includes(id));
  }
}

/** A row's check: a caller let in gets a list whose 1:1s (read by `idsOf`) are exactly those they may see. */
export const listsVisibleOneOnOnes =
  (idsOf: (body: any) => string[]) =>
  ({ res, caller, allowed, w }: { res: ApiResponse; caller: Caller; allowed: boolean; w: World }): void => {
    if (allowed) expectOneOnOne(w, caller, idsOf(res.body));
  };

function plantMarkers(): Markers {
  const tag = randomBytes(3).toString("hex");
  const mark = (what: string) => `${MARKER_PREFIX}${what}${tag}`;
  return {
    pair: mark("pair"),
    otherPair: mark("other"),
    privateOf: {
      leader: mark("privleader"),
      teammate: mark("privteammate"),
      otherPair: mark("privother"),
      formerMember: mark("privformer"),
    },
    personalTemplate: mark("tpl"),
  };
}

const asBrowser = (u: SignedInUser) => ({ cookie: u.client.sessionCookie ?? "", origin: TEST_ORIGIN });

/**
 * One workspace with the pair, everyone around it (DESIGN §3's actors), a
 * token each, content of every kind, live channels listening, a held meeting
 * with its recaps, and the reminder, digest and nudge sweeps run once.
 */
export async function buildWorld(t: TestApp, webhookUrl: (path: string) => string): Promise<World> {
  const markers = plantMarkers();
  const owner = await buildOwner(t, "Ada Owner");
  const member = (name: string, extra: { role?: "admin"; managerId?: string } = {}) =>
    buildMember(t, owner, { name, ...extra });
  const admin = await member("Ari Admin", { role: "admin" });
  const leader = await member("Leo Leader");
  const teammate = await member("Tina Teammate", { managerId: leader.userId });
  const colleague = await member("Cole Colleague");
  const otherPair = await member("Oli Otherleader");
  const formerMember = await member("Fay Former", { managerId: otherPair.userId });
  const deactivated = await member("Dan Deactivated");
  const spare = await member("Sam Spare");
  const subject = await member("Sue Subject");
  const outsider = await buildOwner(t, "Otto Outsider");
  const users = { leader, teammate, colleague, otherPair, admin, owner, outsider, formerMember, deactivated };

  // The former member also joins the outsider's workspace, so she stays signed in once deactivated here.
  const invitation = ok(
    await outsider.client.post(`/api/v1/orgs/${outsider.orgId}/invitations`, { email: formerMember.email }),
    201,
    "invite",
  );
  const accept = `/api/v1/invitations/${inviteTokenOf(invitation.acceptUrl)}/accept`;
  ok(await new TestClient(t.app).post(accept, { password: PASSWORD }), 200, "accept");
  // The leader joins the outsider's workspace too, and signs in through its identity provider (ADR 0017).
  const leaderInvite = ok(
    await outsider.client.post(`/api/v1/orgs/${outsider.orgId}/invitations`, { email: leader.email }),
    201,
    "invite the leader",
  );
  const leaderAccept = `/api/v1/invitations/${inviteTokenOf(leaderInvite.acceptUrl)}/accept`;
  ok(await new TestClient(t.app).post(leaderAccept, { password: PASSWORD }), 200, "accept");
  const held = await startSession(
    t.deps.db.kysely,
    t.deps,
    leader.userId,
    { ip: "203.0.113.99", userAgent: null },
    outsider.orgId,
  );
  const heldClient = new TestClient(t.app);
  heldClient.sessionCookie = `rapport_session=${encodeURIComponent(t.app.signCookie(held.token))}`;
  const scopedLeader: SignedInUser = { ...leader, client: heldClient };
  const tokens = {} as World["tokens"];
  for (const [actor, user] of Object.entries({ ...users, scopedLeader }) as Array<[SignedInActor, SignedInUser]>) {
    const created = ok(
      await user.client.post("/api/v1/tokens", { name: "matrix", scopes: ["read", "write"] }),
      201,
      "token",
    );
    tokens[actor] = { id: created.id, token: created.token };
  }

  // Registered before anything happens, so every event of the world is delivered (and leak-checked).
  const hook = ok(
    await owner.client.post(`/api/v1/orgs/${owner.orgId}/webhooks`, {
      url: webhookUrl(`/matrix/${t.engine}`),
      description: "Matrix receiver",
      events: [...WEBHOOK_EVENTS],
    }),
    201,
    "webhook",
  );

  const main = await startOneOnOne(t, leader, teammate, 24);
  const scratch = await startOneOnOne(t, leader, teammate, 25, "mentor");
  const other = await startOneOnOne(t, otherPair, formerMember, 24);
  const sections = [{ key: "talk", title: "Talk", minutes: 30, prompts: [] }];
  const templates = `/api/v1/orgs/${owner.orgId}/templates`;
  const orgTemplate = ok(
    await owner.client.post(templates, { name: "Workspace template", scope: "organization", sections }),
    201,
    "template",
  );
  const personal = ok(
    await leader.client.post(templates, { name: markers.personalTemplate, scope: "personal", sections }),
    201,
    "personal template",
  );

  // Live channels open before anything private is written, so they would hear of it.
  const live = [
    await watchLive(t, "leader", asBrowser(leader), main.meetingId),
    await watchLive(t, "leader", { authorization: `Bearer ${tokens.leader.token}` }, main.meetingId),
    await watchLive(t, "teammate", asBrowser(teammate), main.meetingId),
    await watchLive(t, "formerMember", asBrowser(formerMember), other.meetingId),
  ];
  const { privateOf } = markers;
  const seeded = await seedMeeting({ leader, teammate }, main.meetingId, markers.pair, privateOf);
  const oneOnOne = `/api/v1/one-on-ones/${main.oneOnOneId}`;
  ok(await leader.client.post(`${oneOnOne}/standing-items`, { body: `metrics ${markers.pair}` }), 201, "standing");
  const goal = ok(
    await teammate.client.post(`${oneOnOne}/goals`, { title: `speak ${markers.pair}`, why: `grow ${markers.pair}` }),
    201,
    "goal",
  );
  ok(
    await teammate.client.post(`/api/v1/goals/${goal.goal.id}/progress`, { body: `drafted ${markers.pair}` }),
    201,
    "+",
  );
  // P6: the teammate changes manager; the old pair's history stays with the two who had it.
  const teammateUrl = `/api/v1/orgs/${owner.orgId}/people/${teammate.userId}`;
  ok(await owner.client.patch(teammateUrl, { managerId: colleague.userId }), 200, "new manager");
  await seedMeeting({ leader: otherPair, teammate: formerMember }, other.meetingId, markers.otherPair, {
    leader: privateOf.otherPair,
    teammate: privateOf.formerMember,
  });

  for (const gone of [formerMember, deactivated]) {
    const url = `/api/v1/orgs/${owner.orgId}/people/${gone.userId}`;
    ok(await owner.client.patch(url, { status: "deactivated" }), 200, "deactivate");
  }
  ok(await formerMember.client.get("/api/v1/me"), 200, "the former member is still signed in");
  ok(await deactivated.client.get("/api/v1/me"), 401, "the deactivated member is signed out");
  // From here on the former member may read nothing of her old pair, live included.
  for (const watcher of live.filter((l) => l.actor === "formerMember")) {
    watcher.since = { frames: watcher.client.frames.length, events: watcher.client.events.length };
  }
  await t.deps.live.sweep();
  const o = `/api/v1/meetings/${other.meetingId}`;
  ok(await otherPair.client.post(`${o}/agenda-items`, { body: `after ${markers.otherPair}` }), 201, "agenda");
  const more = { body: `decisions ${markers.otherPair} then ${markers.otherPair}`, baseVersion: 1 };
  ok(await otherPair.client.put(`${o}/notes/shared`, more), 200, "+");
  // Its reminder (due now) and its recap go to the leader alone.
  await sendDueReminders(t.deps);
  ok(await otherPair.client.post(`${o}/complete`, {}), 200, "complete");

  // A held meeting: its recap e-mails exist before any row runs.
  await seedMeeting({ leader, teammate }, scratch.meetingId, markers.pair, privateOf);
  const s = `/api/v1/meetings/${scratch.meetingId}`;
  const discussed = ok(await leader.client.post(`${s}/agenda-items`, { body: `shipped ${markers.pair}` }), 201, "+");
  ok(await leader.client.patch(`/api/v1/agenda-items/${discussed.agendaItem.id}`, { discussed: true }), 200, "tick");
  // It is 25 h away and a meeting can't be completed more than 24 h early: held two hours later.
  t.clock.advance(2 * 3600 * 1000);
  ok(await leader.client.post(`${s}/complete`, {}), 200, "complete");
  t.clock.advance(-2 * 3600 * 1000);

  // Reminders (the first meetings are a day away), digests (a Monday morning) and nudges.
  await runSweeps(t.deps, { includeHourly: true });
  return {
    t,
    orgId: owner.orgId,
    users: { ...users, scopedLeader },
    tokens,
    spare,
    subject,
    ...main,
    ...seeded,
    goalId: goal.goal.id,
    scratchOneOnOneId: scratch.oneOnOneId,
    otherOneOnOneId: other.oneOnOneId,
    otherMeetingId: other.meetingId,
    orgTemplateId: orgTemplate.template.id,
    personalTemplateId: personal.template.id,
    markers,
    live,
    webhook: { id: hook.webhook.id, url: hook.webhook.url },
    webhookUrl,
  };
}
