import { expect, it } from "vitest";
import type { SignedInUser } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { LiveClient } from "../../../tests/support/live-client.js";
import { connect } from "../../../tests/support/live-connect.js";
import { buildPair, holdMeeting, nonParticipants } from "../../../tests/support/pairs.js";
import { describeEachEngine, TEST_ORIGIN, type TestApp } from "../../../tests/support/test-app.js";

const m = (id: string, rest = "") => `/api/v1/meetings/${id}${rest}`;

async function join(t: TestApp, user: SignedInUser, meetingId: string) {
  const socket = await connect(t, { cookie: user.client.sessionCookie ?? "", origin: TEST_ORIGIN }, meetingId);
  const client = new LiveClient().attach(socket);
  // In the room once the server's first frame (its sync step) arrives.
  await client.waitFor(() => client.frames.length > 0, "the welcome");
  return client;
}

describeEachEngine("meeting section (shared run state)", (ctx) => {
  it("starts on the first section, timed from the start; either person moves both on; the other hears it", async () => {
    const t = ctx.current;
    const w = await buildPair(t);
    const before = await w.teammate.client.put(m(w.meetingId, "/section"), { sectionKey: "progress" });
    expect(before.status).toBe(409);
    expect(before.body.error.code).toBe("meeting_not_started");
    const unstarted = (await w.leader.client.get(m(w.meetingId))).body;
    expect(unstarted.section).toBeNull();
    // The page runs the shared clocks on the server's time, not the device's.
    expect(unstarted.serverNow).toBe(t.clock.now().toISOString());

    const startedAt = t.clock.now().toISOString();
    expect((await w.leader.client.post(m(w.meetingId, "/start"), { confirmEarly: true })).status).toBe(200);
    expect((await w.teammate.client.get(m(w.meetingId))).body.section).toEqual({
      key: "check_in",
      startedAt,
      pausedAt: null,
    });

    const leaderLive = await join(t, w.leader, w.meetingId);
    t.clock.advance(5 * 60_000);
    const moved = await w.teammate.client.put(m(w.meetingId, "/section"), { sectionKey: "progress" });
    expect(moved.status).toBe(200);
    const movedAt = t.clock.now().toISOString();
    expect(moved.body.section).toEqual({ key: "progress", startedAt: movedAt, pausedAt: null });
    await leaderLive.waitForEvent("meeting.section");
    leaderLive.detach();
    // Reopening the page (a fresh read) resumes it.
    expect((await w.leader.client.get(m(w.meetingId))).body.section).toEqual(moved.body.section);

    // The leader moves on too.
    const back = await w.leader.client.put(m(w.meetingId, "/section"), { sectionKey: "feedback" });
    expect(back.body.section.key).toBe("feedback");

    const unknown = await w.leader.client.put(m(w.meetingId, "/section"), { sectionKey: "nope" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe("unknown_section");
  });

  it("pauses and resumes the section clock, keeping the time already spent", async () => {
    const t = ctx.current;
    const w = await buildPair(t);
    await w.leader.client.post(m(w.meetingId, "/start"), { confirmEarly: true });
    const started = t.clock.now().getTime();
    t.clock.advance(60_000);
    const paused = await w.leader.client.put(m(w.meetingId, "/section"), { sectionKey: "check_in", running: false });
    expect(paused.body.section).toEqual({
      key: "check_in",
      startedAt: new Date(started).toISOString(),
      pausedAt: t.clock.now().toISOString(),
    });
    t.clock.advance(10 * 60_000);
    const resumed = await w.teammate.client.put(m(w.meetingId, "/section"), { sectionKey: "check_in", running: true });
    // One minute spent before the pause: the section's start moves forward by the ten paused minutes.
    expect(resumed.body.section).toEqual({
      key: "check_in",
      startedAt: new Date(started + 10 * 60_000).toISOString(),
      pausedAt: null,
    });
    // Moving on while paused keeps the clock paused, at zero in the new section.
    await w.teammate.client.put(m(w.meetingId, "/section"), { sectionKey: "check_in", running: false });
    const next = await w.teammate.client.put(m(w.meetingId, "/section"), { sectionKey: "progress" });
    expect(next.body.section).toMatchObject({ key: "progress", pausedAt: next.body.section.startedAt });
  });

  it("refuses strangers, the admin and another pair with 404, and a closed meeting with its status (P1, P5)", async () => {
    const t = ctx.current;
    const w = await buildPair(t);
    await w.leader.client.post(m(w.meetingId, "/start"), { confirmEarly: true });
    const unknownMeeting = await w.leader.client.put(m("00000000-0000-0000-0000-000000000000", "/section"), {
      sectionKey: "progress",
    });
    expect(unknownMeeting.status).toBe(404);
    for (const other of nonParticipants(w)) {
      const denied = await other.client.put(m(w.meetingId, "/section"), { sectionKey: "progress" });
      expect(denied.status, other.name).toBe(404);
      expect(denied.body).toEqual(unknownMeeting.body);
    }
    const other = await buildPair(t);
    expect((await other.leader.client.put(m(w.meetingId, "/section"), { sectionKey: "progress" })).status).toBe(404);
    expect((await new TestClient(t.app).put(m(w.meetingId, "/section"), { sectionKey: "progress" })).status).toBe(401);
    expect((await w.leader.client.get(m(w.meetingId))).body.section.key).toBe("check_in");

    await holdMeeting(t, w.leader.client, w.meetingId);
    const closed = await w.teammate.client.put(m(w.meetingId, "/section"), { sectionKey: "progress" });
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe("meeting_completed");
    expect((await w.leader.client.get(m(w.meetingId))).body.section).toBeNull();

    const next = (await w.leader.client.get(m(w.meetingId))).body.nextMeeting.id as string;
    await w.leader.client.post(m(next, "/cancel"), { reason: "Sick day" });
    const canceled = await w.leader.client.put(m(next, "/section"), { sectionKey: "progress" });
    expect(canceled.status).toBe(409);
    expect(canceled.body.error.code).toBe("meeting_canceled");
  });

  it("remembers when each participant was last on the page, after they leave", async () => {
    const t = ctx.current;
    const w = await buildPair(t);
    expect((await w.leader.client.get(m(w.meetingId))).body.presence).toEqual([]);
    const joinedAt = t.clock.now().toISOString();
    const teammate = await join(t, w.teammate, w.meetingId);
    const seen = async () => (await w.leader.client.get(m(w.meetingId))).body.presence;
    await expect.poll(seen).toEqual([{ userId: w.teammate.userId, lastSeenAt: joinedAt }]);
    t.clock.advance(2 * 3600_000);
    teammate.detach();
    const leftAt = t.clock.now().toISOString();
    await expect.poll(seen).toEqual([{ userId: w.teammate.userId, lastSeenAt: leftAt }]);
    // The teammate sees the same record of themselves; strangers see nothing of it (404 above).
    expect((await w.teammate.client.get(m(w.meetingId))).body.presence).toEqual(await seen());
  });
});
