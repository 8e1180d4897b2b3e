import { expect } from "vitest";
import type { SignedInUser } from "../support/factories.js";
import { pairOnly, signedIn } from "./actors.js";
import { type CheckInput, type Row, row } from "./row.js";
import { listsVisibleOneOnOnes, ok, type World } from "./world.js";

const oneOnOne = (w: World, rest = "") => `/api/v1/one-on-ones/${w.oneOnOneId}${rest}`;
const refusedAsOutsider = { status: 400, code: "invalid_participants" };

/** A new weekly 1:1 with the spare person, starting tomorrow. */
const newOneOnOne = (w: World, extra: Record<string, unknown> = {}) => ({
  teammateId: w.spare.userId,
  kind: "peer",
  cadence: { frequency: "weekly" },
  firstMeetingAt: new Date(w.t.clock.now().getTime() + 30 * 3600 * 1000).toISOString(),
  timezone: "UTC",
  durationMinutes: 30,
  ...extra,
});

/** Ends the 1:1 a call created, so the next caller may create the same pair. */
const endCreated =
  (leaderOf: (c: CheckInput<unknown>) => SignedInUser) =>
  async (c: CheckInput<unknown>): Promise<void> => {
    ok(await leaderOf(c).client.patch(`/api/v1/one-on-ones/${c.res.body.id}`, { status: "ended" }), 200, "end");
  };

/** 1:1, their standing items, goals, feedback history and insights. */
export const pairRows: Row[] = [
  row({
    method: "POST",
    path: "/api/v1/one-on-ones",
    variant: "leading it themselves",
    expect: { participant: 201, member: 201, admin: 201, stranger: refusedAsOutsider, anonymous: 401 },
    body: (w) => newOneOnOne(w),
    after: endCreated((c) => c.caller.user as SignedInUser),
  }),
  row({
    method: "POST",
    path: "/api/v1/one-on-ones",
    variant: "for someone else",
    expect: {
      admin: 201,
      colleague: 201,
      participant: { status: 403, code: "admin_required" },
      otherPair: { status: 403, code: "admin_required" },
      stranger: refusedAsOutsider,
      anonymous: 401,
    },
    body: (w) => newOneOnOne(w, { leaderId: w.users.colleague.userId, kind: "mentor" }),
    after: endCreated((c) => c.w.users.colleague),
  }),
  row({
    method: "POST",
    path: "/api/v1/one-on-ones",
    variant: "with the leader's personal template",
    expect: { leader: 201, participant: 404, member: 404, admin: 404, stranger: refusedAsOutsider, anonymous: 401 },
    body: (w) => newOneOnOne(w, { templateId: w.personalTemplateId, kind: "skip-level" }),
    after: endCreated((c) => c.caller.user as SignedInUser),
  }),
  row({
    method: "GET",
    path: "/api/v1/one-on-ones",
    expect: signedIn(200),
    check: listsVisibleOneOnOnes((body) => body.oneOnOnes.map((s: { id: string }) => s.id)),
  }),
  row({
    method: "GET",
    path: "/api/v1/one-on-ones/{id}",
    expect: pairOnly(200),
    url: (w) => oneOnOne(w),
    check: ({ res, allowed, w }) => {
      if (allowed) expect(JSON.stringify(res.body.standingItems)).toContain(w.markers.pair);
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/one-on-ones/{id}",
    variant: "the other pair, whose teammate left",
    expect: { otherPair: 200, anonymous: 401, signedIn: 404 },
    url: (w) => `/api/v1/one-on-ones/${w.otherOneOnOneId}`,
  }),
  row({
    method: "PATCH",
    path: "/api/v1/one-on-ones/{id}",
    expect: pairOnly(200, { teammate: { status: 403, code: "leader_required" } }),
    url: (w) => oneOnOne(w),
    body: () => ({ reminderMinutesBefore: 1440 }),
  }),
  row({
    method: "PUT",
    path: "/api/v1/one-on-ones/{id}/rating-sharing",
    expect: pairOnly(200, { leader: { status: 403, code: "teammate_only" } }),
    url: (w) => oneOnOne(w, "/rating-sharing"),
    // Off, as it was: the teammate's choice stays what the rest of the matrix expects.
    body: () => ({ sharedWithLeader: false }),
    check: ({ res, allowed }) => {
      if (allowed) expect(res.body).toEqual({ sharedWithLeader: false, canChange: true });
    },
  }),
  row({
    method: "POST",
    path: "/api/v1/one-on-ones/{id}/standing-items",
    expect: pairOnly(201),
    url: (w) => oneOnOne(w, "/standing-items"),
    body: (w) => ({ body: `standing ${w.markers.pair}` }),
  }),
  row<{ id: string }>({
    method: "DELETE",
    path: "/api/v1/standing-items/{id}",
    expect: pairOnly(204),
    target: async (w) =>
      ok(
        await w.users.leader.client.post(oneOnOne(w, "/standing-items"), { body: `going ${w.markers.pair}` }),
        201,
        "+",
      ),
    fresh: true,
    url: (_, item) => `/api/v1/standing-items/${item.id}`,
  }),
  row({
    method: "GET",
    path: "/api/v1/one-on-ones/{id}/meetings",
    expect: pairOnly(200),
    url: (w) => oneOnOne(w, "/meetings"),
  }),
  row({
    method: "GET",
    path: "/api/v1/one-on-ones/{id}/feedback",
    expect: pairOnly(200),
    url: (w) => oneOnOne(w, "/feedback"),
    check: ({ res, allowed }) => {
      if (allowed) expect(res.body.feedback.length).toBeGreaterThan(0);
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/one-on-ones/{id}/goals",
    expect: pairOnly(200),
    url: (w) => oneOnOne(w, "/goals"),
  }),
  row({
    method: "POST",
    path: "/api/v1/one-on-ones/{id}/goals",
    expect: pairOnly(201),
    url: (w) => oneOnOne(w, "/goals"),
    body: (w) => ({ title: `goal ${w.markers.pair}` }),
  }),
  row({
    method: "PATCH",
    path: "/api/v1/goals/{id}",
    expect: pairOnly(200),
    url: (w) => `/api/v1/goals/${w.goalId}`,
    body: () => ({ status: "active" }),
  }),
  row({
    method: "POST",
    path: "/api/v1/goals/{id}/progress",
    expect: pairOnly(201),
    url: (w) => `/api/v1/goals/${w.goalId}/progress`,
    body: (w) => ({ body: `progress ${w.markers.pair}` }),
  }),
  row({
    method: "POST",
    path: "/api/v1/goals/{id}/progress",
    variant: "linked to another pair's meeting",
    expect: pairOnly({ status: 400, code: "invalid_meeting" }),
    url: (w) => `/api/v1/goals/${w.goalId}/progress`,
    body: (w) => ({ body: `progress ${w.markers.pair}`, meetingId: w.otherMeetingId }),
  }),
  row({
    method: "GET",
    path: "/api/v1/one-on-ones/{id}/insights",
    expect: pairOnly(200),
    url: (w) => oneOnOne(w, "/insights"),
    check: ({ res, allowed }) => {
      if (allowed) expect(res.body.mood.length, "the teammate's mood, to the pair only").toBeGreaterThan(0);
    },
  }),
];
