import { expect } from "vitest";
import type { SignedInUser } from "../support/factories.js";
import type { ApiResponse } from "../support/http-client.js";
import { LiveClient } from "../support/live-client.js";
import { connect } from "../support/live-connect.js";
import type { TestApp } from "../support/test-app.js";
import type { ActorName } from "./actors.js";

/** Asserts a status and returns the body. */
export function ok(res: ApiResponse, status: number, what: string): any {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body;
}

/** Starts a weekly 1:1 whose first meeting is `hoursAhead` from now. */
export async function startOneOnOne(
  t: TestApp,
  leader: SignedInUser,
  teammate: SignedInUser,
  hoursAhead: number,
  kind = "manager",
) {
  const firstMeetingAt = new Date(t.clock.now().getTime() + hoursAhead * 3600 * 1000).toISOString();
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

/** Fills a meeting with content of every kind, `shared` in all the pair may see, and each one's private note. */
export async function seedMeeting(
  pair: { leader: SignedInUser; teammate: SignedInUser },
  meetingId: string,
  shared: string,
  privateOf: { leader: string; teammate: string },
) {
  const { leader, teammate } = pair;
  const m = `/api/v1/meetings/${meetingId}`;
  const item = ok(await leader.client.post(`${m}/agenda-items`, { body: `roadmap ${shared}` }), 201, "agenda");
  ok(await teammate.client.post(`${m}/agenda-items`, { body: `career ${shared}` }), 201, "agenda");
  ok(await leader.client.put(`${m}/notes/shared`, { body: `decisions ${shared}`, baseVersion: 0 }), 200, "notes");
  ok(await leader.client.put(`${m}/notes/private`, { body: privateOf.leader, baseVersion: 0 }), 200, "private");
  ok(await teammate.client.put(`${m}/notes/private`, { body: privateOf.teammate, baseVersion: 0 }), 200, "private");
  const action = ok(
    await leader.client.post(`${m}/action-items`, { title: `plan ${shared}`, ownerId: teammate.userId }),
    201,
    "action",
  );
  ok(await teammate.client.post(`${m}/check-in`, { mood: 2, energy: 2, note: `tired ${shared}` }), 200, "check-in");
  ok(await teammate.client.post(`${m}/feedback`, { kind: "upward", body: `context ${shared}` }), 201, "upward");
  ok(await leader.client.post(`${m}/feedback`, { kind: "praise", body: `demo ${shared}` }), 201, "praise");
  ok(await teammate.client.post(`${m}/rating`, { score: 2 }), 200, "rating");
  return { agendaItemId: item.agendaItem.id as string, actionItemId: action.actionItem.id as string };
}

/** A live channel of a meeting that records everything it receives. */
export interface LiveWatcher {
  actor: ActorName;
  meetingId: string;
  client: LiveClient;
  /** Frames and events before these counts were received while the watcher could still read the meeting. */
  since: { frames: number; events: number };
}

export async function watchLive(
  t: TestApp,
  actor: ActorName,
  headers: Record<string, string>,
  meetingId: string,
): Promise<LiveWatcher> {
  const client = new LiveClient().attach(await connect(t, headers, meetingId));
  return { actor, meetingId, client, since: { frames: 0, events: 0 } };
}
