import { expect } from "vitest";
import type { TestClient } from "../http-client.js";
import { buildPair, type PairWorld } from "../pairs.js";
import type { TestApp } from "../test-app.js";

/** A pair with content of every kind, and the real ids a request may aim at. */
export interface ContentWorld extends PairWorld {
  /** The leader's API token, so requests as the leader carry a Bearer header. */
  leaderToken: string;
  /** Real ids by the path segment that names their collection (`meetings`, `goals`, …). */
  idsByCollection: Record<string, string[]>;
  /** Every real id, for body fields such as `ownerId` or `goalId`. */
  allIds: string[];
  invitationToken: string;
  /** The teammate's calendar feed file name (`<token>.ics`). */
  calendarFile: string;
}

async function created(client: TestClient, url: string, body: unknown, status = 201): Promise<any> {
  const res = await client.post(url, body);
  expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body;
}

/**
 * Builds a pair whose first meeting is completed (history) and whose next one
 * has talking points, notes of both kinds, an action, a check-in, feedback, a
 * goal with progress, a standing item, a template, a pending invitation and a token.
 */
export async function buildContentWorld(t: TestApp): Promise<ContentWorld> {
  const w = await buildPair(t);
  const { leader, teammate, admin } = w;
  const m = (id: string, rest: string) => `/api/v1/meetings/${id}${rest}`;
  const o = `/api/v1/one-on-ones/${w.oneOnOneId}`;

  const firstItem = await created(leader.client, m(w.meetingId, "/agenda-items"), { body: "Release retro" });
  await created(teammate.client, m(w.meetingId, "/check-in"), { mood: 4, energy: 3, note: "Fine" }, 200);
  const firstAction = await created(leader.client, m(w.meetingId, "/action-items"), {
    title: "Write the retro",
    ownerId: teammate.userId,
    dueDate: "2026-03-10",
  });
  const completed = await created(leader.client, m(w.meetingId, "/complete"), { rating: 4 }, 200);
  const pastMeetingId = w.meetingId;
  const nextMeetingId: string = completed.nextMeeting.id;

  const item = await created(teammate.client, m(nextMeetingId, "/agenda-items"), { body: "Career path" });
  const shared = await leader.client.put(m(nextMeetingId, "/notes/shared"), { body: "# Notes\n- one", baseVersion: 0 });
  expect(shared.status, JSON.stringify(shared.body)).toBe(200);
  const privateNote = await teammate.client.put(m(nextMeetingId, "/notes/private"), { body: "mine", baseVersion: 0 });
  expect(privateNote.status, JSON.stringify(privateNote.body)).toBe(200);
  const action = await created(teammate.client, m(nextMeetingId, "/action-items"), {
    title: "Book the course",
    ownerId: teammate.userId,
  });
  const feedback = await created(leader.client, m(nextMeetingId, "/feedback"), { kind: "praise", body: "Great demo" });
  const goal = await created(teammate.client, `${o}/goals`, { title: "Speak at a meetup", why: "Grow" });
  await created(teammate.client, `/api/v1/goals/${goal.goal.id}/progress`, { body: "Drafted a talk" });
  const standing = await created(leader.client, `${o}/standing-items`, { body: "Wellbeing" });
  const template = await created(admin.client, `/api/v1/orgs/${w.orgId}/templates`, {
    name: "Short",
    scope: "organization",
    sections: [{ key: "talk", title: "Talk", minutes: 10, prompts: ["How are you?"] }],
  });
  const invitation = await created(admin.client, `/api/v1/orgs/${w.orgId}/invitations`, {
    email: "pending@example.com",
    role: "member",
  });
  const token = await created(leader.client, "/api/v1/tokens", { name: "bad-input" });
  const teammateToken = await created(teammate.client, "/api/v1/tokens", { name: "spare" });
  // First use stamps lastUsedAt; do it now so that later refusals leave the row alone.
  const asLeader = await t.app.inject({ url: "/api/v1/me", headers: { authorization: `Bearer ${token.token}` } });
  expect(asLeader.statusCode).toBe(200);
  const feed = await teammate.client.get("/api/v1/calendar-feed");
  expect(feed.status, JSON.stringify(feed.body)).toBe(200);

  const idsByCollection: Record<string, string[]> = {
    meetings: [nextMeetingId, pastMeetingId],
    "one-on-ones": [w.oneOnOneId],
    "agenda-items": [item.agendaItem.id, firstItem.agendaItem.id],
    "action-items": [action.actionItem.id, firstAction.actionItem.id],
    goals: [goal.goal.id],
    "standing-items": [standing.id],
    templates: [template.template.id],
    tokens: [teammateToken.id],
    orgs: [w.orgId],
    people: [leader.userId, teammate.userId, w.colleague.userId],
    invitations: [invitation.id],
    feedback: [feedback.feedback.id],
  };
  const allIds = [...new Set(Object.values(idsByCollection).flat())];
  for (const id of allIds) expect(typeof id, JSON.stringify(idsByCollection)).toBe("string");
  return {
    ...w,
    meetingId: nextMeetingId,
    leaderToken: token.token,
    idsByCollection,
    allIds,
    invitationToken: invitation.acceptUrl.split("/invite/")[1],
    calendarFile: String(feed.body.url).split("/calendar/")[1] as string,
  };
}
