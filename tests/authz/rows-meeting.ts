import { expect } from "vitest";
import { type Caller, pairOnly } from "./actors.js";
import { currentMeeting, noteVersion } from "./callers.js";
import { type Row, row } from "./row.js";
import { ok, type World } from "./world.js";

const meeting = (id: string, rest = "") => `/api/v1/meetings/${id}${rest}`;
const main = (w: World, rest = "") => meeting(w.meetingId, rest);
/** The scratch 1:1's open meeting: completing or cancelling one makes the next. */
const scratch = (w: World) => currentMeeting(w, w.scratchOneOnOneId);
type MeetingRef = Awaited<ReturnType<typeof scratch>>;
/** The scratch 1:1's open meeting, moved to within the hour (a meeting can't be completed more than a day early). */
async function scratchDueSoon(w: World): Promise<MeetingRef> {
  const m = await scratch(w);
  const scheduledAt = new Date(w.t.clock.now().getTime() + 3600 * 1000).toISOString();
  await w.t.deps.db.kysely.updateTable("meetings").set({ scheduledAt }).where("id", "=", m.id).execute();
  return { ...m, scheduledAt };
}
/** The scratch 1:1's held meeting (completed while the world was built). */
const heldScratch = (w: World): Promise<MeetingRef> =>
  w.t.deps.db.kysely
    .selectFrom("meetings")
    .select(["id", "scheduledAt"])
    .where("oneOnOneId", "=", w.scratchOneOnOneId)
    .where("status", "=", "completed")
    .orderBy("scheduledAt")
    .executeTakeFirstOrThrow();
const privateMarker = (w: World, c: Caller) =>
  (w.markers.privateOf as Record<string, string | undefined>)[c.actor] ?? "my own thoughts";
const notAuthor = { status: 403, code: "not_author" };
const wrongKind = { status: 400, code: "invalid_feedback_kind" };

/** A meeting and what lives in it: agenda, notes, actions, check-in, feedback, rating, lifecycle, live channel. */
export const meetingRows: Row[] = [
  row({
    method: "GET",
    path: "/api/v1/meetings/{id}",
    expect: pairOnly(200),
    url: (w) => main(w),
    check: ({ res, caller, allowed, w }) => {
      if (!allowed) return;
      expect(res.body.myPrivateNote.body, "their own private note").toContain(privateMarker(w, caller));
      expect(res.body.sharedNote.body).toContain(w.markers.pair);
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/meetings/{id}",
    variant: "the other pair, whose teammate left",
    expect: { otherPair: 200, anonymous: 401, signedIn: 404 },
    url: (w) => meeting(w.otherMeetingId),
  }),
  row({
    method: "POST",
    path: "/api/v1/meetings/{id}/start",
    expect: pairOnly(200),
    url: (w) => main(w, "/start"),
    body: () => ({ confirmEarly: true }),
  }),
  // Refused to the pair either way: not started yet, or started with content already recorded in it.
  row({
    method: "POST",
    path: "/api/v1/meetings/{id}/unstart",
    expect: pairOnly(409),
    url: (w) => main(w, "/unstart"),
  }),
  row({
    method: "PUT",
    path: "/api/v1/meetings/{id}/section",
    expect: pairOnly(200),
    target: async (w) => ok(await w.users.leader.client.post(main(w, "/start"), { confirmEarly: true }), 200, "start"),
    url: (w) => main(w, "/section"),
    body: () => ({ sectionKey: "progress" }),
  }),
  row<MeetingRef>({
    method: "POST",
    path: "/api/v1/meetings/{id}/recap",
    expect: pairOnly(200),
    target: heldScratch,
    url: (_, m) => meeting(m.id, "/recap"),
  }),
  row<MeetingRef>({
    method: "POST",
    path: "/api/v1/meetings/{id}/complete",
    expect: pairOnly(200),
    target: scratchDueSoon,
    fresh: true,
    url: (_, m) => meeting(m.id, "/complete"),
    body: () => ({}),
  }),
  row<MeetingRef>({
    method: "POST",
    path: "/api/v1/meetings/{id}/cancel",
    expect: pairOnly(200),
    target: scratch,
    fresh: true,
    url: (_, m) => meeting(m.id, "/cancel"),
    body: () => ({ reason: "Travel" }),
  }),
  row<MeetingRef>({
    method: "POST",
    path: "/api/v1/meetings/{id}/reschedule",
    expect: pairOnly(200),
    target: scratch,
    url: (_, m) => meeting(m.id, "/reschedule"),
    body: (_, m) => ({
      scheduledAt: new Date(Date.parse(m.scheduledAt) + 2 * 3600 * 1000).toISOString(),
      reason: "Clash",
    }),
  }),
  row({
    method: "POST",
    path: "/api/v1/meetings/{id}/rating",
    expect: pairOnly(200),
    url: (w) => main(w, "/rating"),
    body: () => ({ score: 4 }),
  }),
  row({
    method: "POST",
    path: "/api/v1/meetings/{id}/agenda-items",
    expect: pairOnly(201),
    url: (w) => main(w, "/agenda-items"),
    body: (w) => ({ body: `point ${w.markers.pair}` }),
  }),
  row({
    method: "PATCH",
    path: "/api/v1/agenda-items/{id}",
    variant: "tick",
    expect: pairOnly(200),
    url: (w) => `/api/v1/agenda-items/${w.agendaItemId}`,
    body: () => ({ discussed: false }),
  }),
  row({
    method: "PATCH",
    path: "/api/v1/agenda-items/{id}",
    variant: "reword the leader's point",
    expect: pairOnly(200, { teammate: notAuthor }),
    url: (w) => `/api/v1/agenda-items/${w.agendaItemId}`,
    body: (w, _, c) => ({ body: `reworded by ${c.name} ${w.markers.pair}` }),
  }),
  row<{ agendaItem: { id: string } }>({
    method: "DELETE",
    path: "/api/v1/agenda-items/{id}",
    variant: "the leader's point",
    expect: pairOnly(204, { teammate: notAuthor }),
    target: async (w) =>
      ok(await w.users.leader.client.post(main(w, "/agenda-items"), { body: `going ${w.markers.pair}` }), 201, "+"),
    fresh: true,
    url: (_, item) => `/api/v1/agenda-items/${item.agendaItem.id}`,
  }),
  row({
    method: "PUT",
    path: "/api/v1/meetings/{id}/notes/shared",
    expect: pairOnly(200),
    url: (w) => main(w, "/notes/shared"),
    body: async (w, _, c) => ({
      body: `decisions ${w.markers.pair} by ${c.name}`,
      baseVersion: await noteVersion(w, w.meetingId, "shared"),
    }),
  }),
  row({
    method: "PUT",
    path: "/api/v1/meetings/{id}/notes/private",
    expect: pairOnly(200),
    url: (w) => main(w, "/notes/private"),
    body: async (w, _, c) => ({
      body: privateMarker(w, c),
      baseVersion: c.user ? await noteVersion(w, w.meetingId, c.user.userId) : 0,
    }),
  }),
  row({
    method: "POST",
    path: "/api/v1/meetings/{id}/action-items",
    expect: pairOnly(201),
    url: (w) => main(w, "/action-items"),
    body: (w) => ({ title: `action ${w.markers.pair}`, ownerId: w.users.teammate.userId }),
  }),
  row({
    method: "PATCH",
    path: "/api/v1/action-items/{id}",
    expect: pairOnly(200),
    url: (w) => `/api/v1/action-items/${w.actionItemId}`,
    body: () => ({ status: "open" }),
  }),
  row({
    method: "POST",
    path: "/api/v1/meetings/{id}/check-in",
    expect: pairOnly(200, { leader: { status: 403, code: "teammate_only" } }),
    url: (w) => main(w, "/check-in"),
    body: (w) => ({ mood: 2, note: `tired ${w.markers.pair}` }),
  }),
  row({
    method: "POST",
    path: "/api/v1/meetings/{id}/feedback",
    variant: "upward",
    expect: pairOnly(201, { leader: wrongKind }),
    url: (w) => main(w, "/feedback"),
    body: (w) => ({ kind: "upward", body: `context ${w.markers.pair}` }),
  }),
  row({
    method: "POST",
    path: "/api/v1/meetings/{id}/feedback",
    variant: "praise",
    expect: pairOnly(201, { teammate: wrongKind }),
    url: (w) => main(w, "/feedback"),
    body: (w) => ({ kind: "praise", body: `demo ${w.markers.pair}` }),
  }),
  row({
    method: "GET",
    path: "/api/v1/meetings/{id}/events",
    variant: "plain request",
    expect: pairOnly({ status: 426, code: "upgrade_required" }),
    url: (w) => main(w, "/events"),
  }),
  row({
    method: "GET",
    path: "/api/v1/meetings/{id}/events",
    variant: "WebSocket",
    transport: "websocket",
    expect: pairOnly(101),
    url: (w) => main(w, "/events"),
  }),
  row({
    method: "GET",
    path: "/api/v1/meetings/{id}/events",
    variant: "WebSocket, the other pair, whose teammate left",
    transport: "websocket",
    expect: { otherPair: 101, anonymous: 401, signedIn: 404 },
    url: (w) => meeting(w.otherMeetingId, "/events"),
  }),
];
