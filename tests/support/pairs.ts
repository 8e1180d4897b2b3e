import { expect } from "vitest";
import { buildMember, buildOwner, type SignedInUser } from "./factories.js";
import type { TestClient } from "./http-client.js";
import type { TestApp } from "./test-app.js";

export interface PairWorld {
  orgId: string;
  /** Workspace owner (an admin who is not in the pair). */
  admin: SignedInUser;
  leader: SignedInUser;
  teammate: SignedInUser;
  /** A member of the same workspace outside the pair. */
  colleague: SignedInUser;
  /** Someone in another workspace. */
  outsider: SignedInUser;
  oneOnOneId: string;
  meetingId: string;
}

export const weekly = { frequency: "weekly" as const };

/** A workspace with a leader–teammate pair that has a weekly 1:1 whose first meeting is tomorrow 09:00 UTC. */
export async function buildPair(t: TestApp, overrides: Record<string, unknown> = {}): Promise<PairWorld> {
  const admin = await buildOwner(t, "Ada Admin");
  const leader = await buildMember(t, admin, { name: "Leo Leader" });
  const teammate = await buildMember(t, admin, { name: "Tina Teammate", managerId: leader.userId });
  const colleague = await buildMember(t, admin, { name: "Cole Colleague" });
  const outsider = await buildOwner(t, "Otto Outsider");
  const first = new Date(t.clock.now().getTime() + 24 * 3600 * 1000).toISOString();
  const { oneOnOneId, meetingId } = await startWeeklyOneOnOne(leader.client, teammate.userId, first, {
    durationMinutes: 45,
    ...overrides,
  });
  return {
    orgId: admin.orgId,
    admin,
    leader,
    teammate,
    colleague,
    outsider,
    oneOnOneId,
    meetingId,
  };
}

/**
 * `leader` starts a weekly 1:1 with `teammateId` (UTC, 30 minutes unless `overrides` say otherwise), first meeting
 * at `firstMeetingAt`, and it must be created.
 */
export async function startWeeklyOneOnOne(
  leader: TestClient,
  teammateId: string,
  firstMeetingAt: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await leader.post("/api/v1/one-on-ones", {
    teammateId,
    cadence: weekly,
    firstMeetingAt,
    timezone: "UTC",
    durationMinutes: 30,
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { oneOnOneId: res.body.id as string, meetingId: res.body.nextMeeting.id as string };
}

/**
 * Completes a meeting as if it was held at its scheduled time: when that is still ahead, the
 * clock moves there first (a meeting can't be completed more than 24 h early).
 */
export async function holdMeeting(
  t: TestApp,
  client: TestClient,
  meetingId: string,
  body: Record<string, unknown> = {},
) {
  const view = await client.get(`/api/v1/meetings/${meetingId}`);
  const scheduledAt = new Date(view.body.meeting.scheduledAt);
  if (scheduledAt.getTime() > t.clock.now().getTime()) t.clock.set(scheduledAt);
  return client.post(`/api/v1/meetings/${meetingId}/complete`, body);
}

/** Everyone who must not see the pair's content: a colleague, the workspace admin and an outsider (P1, P3, P5). */
export const nonParticipants = (w: PairWorld) => [w.colleague, w.admin, w.outsider];
