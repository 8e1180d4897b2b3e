import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { runSweeps } from "../../server/jobs/scheduler.js";
import { buildMember, buildOwner, PASSWORD, type SignedInUser } from "../support/factories.js";
import { type ApiResponse, TestClient } from "../support/http-client.js";
import { LiveClient } from "../support/live-client.js";
import { connect } from "../support/live-connect.js";
import { TEST_ORIGIN, type TestApp } from "../support/test-app.js";
import { ACTORS, type ActorName, type Caller, type SignedInActor } from "./actors.js";

/**
 * Strings planted in content, each with who alone may ever read it. They share
 * one prefix so a single search finds them all; each is a single search token.
 */
export interface Markers {
  /** The pair's content: agenda, shared notes, actions, check-in, feedback, goals (P1). */
  pair: string;
  /** The other pair's content. */
  otherPair: string;
  /** Each author's private notes (P2). */
  privateOf: Record<"leader" | "teammate" | "otherPair", string>;
  /** The name of the leader's personal template. */
  personalTemplate: string;
}
export const MARKER_PREFIX = "zqxmark";

export interface LiveWatcher {
  actor: ActorName;
  client: LiveClient;
}

export interface World {
  t: TestApp;
  orgId: string;
  users: Record<SignedInActor, SignedInUser>;
  tokens: Record<SignedInActor, { id: string; token: string }>;
  /** The teammate and the manager of the other pair. */
  otherTeammate: SignedInUser;
  /** Someone the 1:1-creating rows pair callers with. */
  spare: SignedInUser;
  /** The person the people-changing row changes. */
  subject: SignedInUser;
  oneOnOneId: string;
  meetingId: string;
  /** A second series of the same two people, whose meetings the lifecycle rows complete and cancel. */
  scratchOneOnOneId: string;
  otherOneOnOneId: string;
  otherMeetingId: string;
  agendaItemId: string;
  actionItemId: string;
  goalId: string;
  orgTemplateId: string;
  personalTemplateId: string;
  markers: Markers;
  /** Open live channels of the pair's meeting, for the leak check. */
  live: LiveWatcher[];
}

const HOUR = 3600 * 1000;

/** Asserts a status and returns the body. */
export function ok(res: ApiResponse, status: number, what: string): any {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body;
}

async function openLive(t: TestApp, actor: ActorName, headers: Record<string, string>, meetingId: string) {
  return { actor, client: new LiveClient().attach(await connect(t, headers, meetingId)) };
}

async function seedPairContent(w: World, meetingId: string, tag: string) {
  const { leader, teammate } = w.users;
  const { pair, privateOf } = w.markers;
  const m = `/api/v1/meetings/${meetingId}`;
  const item = ok(await leader.client.post(`${m}/agenda-items`, { body: `${tag} roadmap ${pair}` }), 201, "agenda");
  ok(await teammate.client.post(`${m}/agenda-items`, { body: `${tag} career ${pair}` }), 201, "agenda");
  ok(await leader.client.put(`${m}/notes/shared`, { body: `${tag} decisions ${pair}`, baseVersion: 0 }), 200, "notes");
  ok(await leader.client.put(`${m}/notes/private`, { body: privateOf.leader, baseVersion: 0 }), 200, "private");
  ok(await teammate.client.put(`${m}/notes/private`, { body: privateOf.teammate, baseVersion: 0 }), 200, "private");
  const action = ok(
    await leader.client.post(`${m}/action-items`, { title: `${tag} plan ${pair}`, ownerId: teammate.userId }),
    201,
    "action",
  );
  ok(await teammate.client.post(`${m}/check-in`, { mood: 2, energy: 2, note: `${tag} tired ${pair}` }), 200, "mood");
  ok(await teammate.client.post(`${m}/feedback`, { kind: "upward", body: `${tag} context ${pair}` }), 201, "upward");
  ok(await leader.client.post(`${m}/feedback`, { kind: "praise", body: `${tag} demo ${pair}` }), 201, "praise");
  ok(await teammate.client.post(`${m}/rating`, { score: 2 }), 200, "rating");
  return { agendaItemId: item.agendaItem.id as string, actionItemId: action.actionItem.id as string };
}

/** Starts a weekly 1:1 whose first meeting is `hoursAhead` from now. */
async function startSeries(
  t: TestApp,
  leader: SignedInUser,
  teammate: SignedInUser,
  hoursAhead: number,
  kind = "manager",
) {
  const firstMeetingAt = new Date(t.clock.now().getTime() + hoursAhead * HOUR).toISOString();
  const body = ok(
    await leader.client.post("/api/v1/one-on-ones", {
      teammateId: teammate.userId,
      kind,
      cadence: { frequency: "weekly" },
      firstMeetingAt,
      timezone: "UTC",
      durationMinutes: 45,
    }),
    201,
    "1:1",
  );
  return { oneOnOneId: body.id as string, meetingId: body.nextMeeting.id as string };
}

/** One workspace with the pair, everyone around it, their tokens and content in every kind. */
export async function buildWorld(t: TestApp): Promise<World> {
  const tag = randomBytes(3).toString("hex");
  const markers: Markers = {
    pair: `${MARKER_PREFIX}pair${tag}`,
    otherPair: `${MARKER_PREFIX}other${tag}`,
    privateOf: {
      leader: `${MARKER_PREFIX}privleader${tag}`,
      teammate: `${MARKER_PREFIX}privteammate${tag}`,
      otherPair: `${MARKER_PREFIX}privother${tag}`,
    },
    personalTemplate: `${MARKER_PREFIX}tpl${tag}`,
  };
  const owner = await buildOwner(t, "Ada Owner");
  const member = (name: string, extra: { role?: "admin"; managerId?: string } = {}) =>
    buildMember(t, owner, { name, ...extra });
  const admin = await member("Ari Admin", { role: "admin" });
  const leader = await member("Leo Leader");
  const teammate = await member("Tina Teammate", { managerId: leader.userId });
  const colleague = await member("Cole Colleague");
  const otherPair = await member("Oli Otherleader");
  const otherTeammate = await member("Ola Otherteammate", { managerId: otherPair.userId });
  const spare = await member("Sam Spare");
  const subject = await member("Sue Subject");
  const formerMember = await member("Fay Former");
  const deactivated = await member("Dan Deactivated");
  const outsider = await buildOwner(t, "Otto Outsider");
  const users = { leader, teammate, colleague, otherPair, admin, owner, outsider, formerMember, deactivated };

  // The former member also belongs to the outsider's workspace, so she stays signed in.
  const invite = ok(
    await outsider.client.post(`/api/v1/orgs/${outsider.orgId}/invitations`, { email: formerMember.email }),
    201,
    "invite",
  );
  const joining = new TestClient(t.app);
  const inviteToken = invite.acceptUrl.split("/invite/")[1];
  ok(await joining.post(`/api/v1/invitations/${inviteToken}/accept`, { password: PASSWORD }), 200, "accept");

  const tokens = {} as World["tokens"];
  for (const [actor, user] of Object.entries(users) as Array<[SignedInActor, SignedInUser]>) {
    const created = ok(await user.client.post("/api/v1/tokens", { name: "matrix" }), 201, "token");
    tokens[actor] = { id: created.id, token: created.token };
  }
  for (const gone of [formerMember, deactivated]) {
    const url = `/api/v1/orgs/${owner.orgId}/people/${gone.userId}`;
    ok(await owner.client.patch(url, { status: "deactivated" }), 200, "deactivate");
  }
  ok(await formerMember.client.get("/api/v1/me"), 200, "former member still signed in");
  ok(await deactivated.client.get("/api/v1/me"), 401, "deactivated member signed out");

  const main = await startSeries(t, leader, teammate, 24);
  const scratch = await startSeries(t, leader, teammate, 25, "mentor");
  const other = await startSeries(t, otherPair, otherTeammate, 26);
  const orgTemplate = ok(
    await owner.client.post(`/api/v1/orgs/${owner.orgId}/templates`, {
      name: "Workspace template",
      scope: "organization",
      sections: [{ key: "talk", title: "Talk", minutes: 30, prompts: [] }],
    }),
    201,
    "template",
  );
  const personal = ok(
    await leader.client.post(`/api/v1/orgs/${owner.orgId}/templates`, {
      name: markers.personalTemplate,
      scope: "personal",
      sections: [{ key: "talk", title: "Talk", minutes: 30, prompts: [] }],
    }),
    201,
    "personal template",
  );

  const w: World = {
    t,
    orgId: owner.orgId,
    users,
    tokens,
    otherTeammate,
    spare,
    subject,
    ...main,
    scratchOneOnOneId: scratch.oneOnOneId,
    otherOneOnOneId: other.oneOnOneId,
    otherMeetingId: other.meetingId,
    agendaItemId: "",
    actionItemId: "",
    goalId: "",
    orgTemplateId: orgTemplate.template.id,
    personalTemplateId: personal.template.id,
    markers,
    live: [],
  };

  // Live channels open before anything private is written, so they would hear of it.
  const cookie = (u: SignedInUser) => ({ cookie: u.client.sessionCookie ?? "", origin: TEST_ORIGIN });
  w.live = [
    await openLive(t, "leader", cookie(leader), main.meetingId),
    await openLive(t, "leader", { authorization: `Bearer ${tokens.leader.token}` }, main.meetingId),
    await openLive(t, "teammate", cookie(teammate), main.meetingId),
  ];

  Object.assign(w, await seedPairContent(w, main.meetingId, "main"));
  const standing = `/api/v1/one-on-ones/${main.oneOnOneId}/standing-items`;
  ok(await leader.client.post(standing, { body: `weekly metrics ${markers.pair}` }), 201, "standing item");
  const goal = ok(
    await teammate.client.post(`/api/v1/one-on-ones/${main.oneOnOneId}/goals`, {
      title: `speak ${markers.pair}`,
      why: `grow ${markers.pair}`,
    }),
    201,
    "goal",
  );
  w.goalId = goal.goal.id;
  ok(await teammate.client.post(`/api/v1/goals/${w.goalId}/progress`, { body: `drafted ${markers.pair}` }), 201, "+");

  const o = `/api/v1/meetings/${other.meetingId}`;
  ok(await otherPair.client.post(`${o}/agenda-items`, { body: `budget ${markers.otherPair}` }), 201, "other agenda");
  ok(await otherPair.client.put(`${o}/notes/shared`, { body: markers.otherPair, baseVersion: 0 }), 200, "other note");
  ok(
    await otherPair.client.put(`${o}/notes/private`, { body: markers.privateOf.otherPair, baseVersion: 0 }),
    200,
    "other private note",
  );

  // A held meeting: its recap e-mails exist before any row runs.
  await seedPairContent(w, scratch.meetingId, "scratch");
  const s = `/api/v1/meetings/${scratch.meetingId}`;
  const discussed = ok(await leader.client.post(`${s}/agenda-items`, { body: `shipped ${markers.pair}` }), 201, "x");
  ok(await leader.client.patch(`/api/v1/agenda-items/${discussed.agendaItem.id}`, { discussed: true }), 200, "tick");
  ok(await leader.client.post(`${s}/complete`, {}), 200, "complete");

  // Reminders (the first meetings are a day away), digests (a Monday morning) and nudges.
  await runSweeps(t.deps, { includeHourly: true });
  return w;
}

/** Every caller: anonymous, then each actor by session and by token, then the leader's cookie from another site. */
export function buildCallers(w: World): Caller[] {
  const callers: Caller[] = [
    {
      name: "anonymous",
      actor: "anonymous",
      via: "none",
      user: null,
      cookie: null,
      bearer: null,
      origin: TEST_ORIGIN,
      ip: "203.0.113.200",
    },
  ];
  ACTORS.forEach((actor, i) => {
    if (actor === "anonymous") return;
    const user = w.users[actor];
    const base = { actor, user, ip: `203.0.113.${10 + i}` };
    callers.push({
      ...base,
      name: `${actor}:session`,
      via: "session",
      cookie: user.client.sessionCookie,
      bearer: null,
      origin: TEST_ORIGIN,
    });
    callers.push({
      ...base,
      name: `${actor}:token`,
      via: "token",
      cookie: null,
      bearer: w.tokens[actor].token,
      origin: null,
    });
  });
  const leader = w.users.leader;
  callers.push({
    name: "leader:cross-site",
    actor: "leader",
    via: "cross-site",
    user: leader,
    cookie: leader.client.sessionCookie,
    bearer: null,
    origin: "https://evil.example",
    ip: "203.0.113.250",
  });
  return callers;
}

/** The series' meeting that is still scheduled. */
export async function currentMeeting(w: World, oneOnOneId: string) {
  return w.t.deps.db.kysely
    .selectFrom("meetings")
    .select(["id", "scheduledAt"])
    .where("oneOnOneId", "=", oneOnOneId)
    .where("status", "=", "scheduled")
    .executeTakeFirstOrThrow();
}

/** The version of a note now (0 when there is none): `ownerKey` is "shared" or the author's id. */
export async function noteVersion(w: World, meetingId: string, ownerKey: string): Promise<number> {
  const row = await w.t.deps.db.kysely
    .selectFrom("notes")
    .select("version")
    .where("meetingId", "=", meetingId)
    .where("ownerKey", "=", ownerKey)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}
