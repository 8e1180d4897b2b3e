import { expect, it } from "vitest";
import { buildMember, PASSWORD } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair, nonParticipants, type PairWorld } from "../../../tests/support/pairs.js";
import { describeEachEngine, type TestApp } from "../../../tests/support/test-app.js";

const DAY = 24 * 3600 * 1000;

/** Holds the pair's meetings in turn with the given moods (null = cancelled), moving the clock a week each time. */
async function hold(t: TestApp, w: PairWorld, moods: Array<number | null>): Promise<string> {
  let meetingId = w.meetingId;
  for (const mood of moods) {
    t.clock.advance(DAY);
    if (mood === null) {
      meetingId = (await w.leader.client.post(`/api/v1/meetings/${meetingId}/cancel`, { reason: "Busy" })).body
        .nextMeeting.id;
    } else {
      expect((await w.teammate.client.post(`/api/v1/meetings/${meetingId}/check-in`, { mood })).status).toBe(200);
      meetingId = (await w.leader.client.post(`/api/v1/meetings/${meetingId}/complete`, { rating: 4 })).body.nextMeeting
        .id;
    }
    t.clock.advance(6 * DAY);
  }
  return meetingId;
}

describeEachEngine("insights and dashboard", (ctx) => {
  const start = "2026-03-02T09:00:00.000Z";

  it("gives the pair its cadence health, mood and ratings; nobody else sees them (P1, P3)", async () => {
    ctx.current.clock.set(start);
    const w = await buildPair(ctx.current);
    await hold(ctx.current, w, [4, 4, null, 3]);
    const res = await w.teammate.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}/insights`);
    expect(res.status).toBe(200);
    expect(res.body.cadence).toMatchObject({ expected: 4, held: 3, canceled: 1, adherence: 75, currentStreak: 1 });
    expect(res.body.mood.map((p: { mood: number }) => p.mood)).toEqual([4, 4, 3]);
    // A rating is its author's alone: the teammate sees none of the leader's, the leader their own.
    expect(res.body.ratings).toEqual([]);
    expect(res.body.ratingSharing).toEqual({ sharedWithLeader: false, canChange: true });
    const leaderView = await w.leader.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}/insights`);
    expect(leaderView.body.ratings).toHaveLength(3);
    expect(leaderView.body.ratings[0]).toMatchObject({ leaderScore: 4, teammateScore: null });
    expect(leaderView.body.ratingSharing).toEqual({ sharedWithLeader: false, canChange: false });
    for (const other of nonParticipants(w))
      expect((await other.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}/insights`)).status).toBe(404);
    expect((await new TestClient(ctx.current.app).get(`/api/v1/one-on-ones/${w.oneOnOneId}/insights`)).status).toBe(
      401,
    );
    expect((await w.leader.client.get("/api/v1/one-on-ones/x/insights")).status).toBe(404);
  });

  it("lists each person the leader leads, with alerts for low mood, a mood drop, an overdue 1:1, overdue actions and repeated cancellations", async () => {
    ctx.current.clock.set(start);
    const w = await buildPair(ctx.current);
    const calm = await buildMember(
      ctx.current,
      { client: w.admin.client, orgId: w.orgId },
      { name: "Calm Carl", managerId: w.leader.userId },
    );
    const first = new Date(ctx.current.clock.now().getTime() + DAY).toISOString();
    const calmOneOnOne = await w.leader.client.post("/api/v1/one-on-ones", {
      teammateId: calm.userId,
      cadence: { frequency: "weekly" },
      firstMeetingAt: first,
      timezone: "UTC",
      durationMinutes: 30,
    });
    await hold(ctx.current, w, [4, null, 4, null, 2]);
    await w.leader.client.post(`/api/v1/meetings/${calmOneOnOne.body.nextMeeting.id}/action-items`, {
      title: "Old task",
      ownerId: calm.userId,
      dueDate: "2026-03-05",
    });
    const res = await w.leader.client.get("/api/v1/dashboard");
    expect(res.status).toBe(200);
    expect(res.body.people.map((p: { teammate: { name: string } }) => p.teammate.name)).toEqual([
      "Tina Teammate",
      "Calm Carl",
    ]);
    const [tina, carl] = res.body.people;
    expect(tina.alerts).toEqual(["low_mood", "mood_drop", "repeated_cancellations"]);
    expect(tina).toMatchObject({ moodTrend: [4, 4, 2], openActions: 0, daysSinceLast: 6 });
    expect(tina.nextMeetingAt).not.toBeNull();
    expect(carl.alerts).toEqual(["overdue", "overdue_actions"]);
    expect(res.body.needsAttention).toBe(2);
    expect(carl).toMatchObject({ lastMeetingAt: null, openActions: 1, overdueActions: 1 });
    // The admin and the outsider sat idle past the session lifetime: they sign in again.
    for (const idle of [w.admin, w.outsider])
      await idle.client.post("/api/v1/auth/login", { email: idle.email, password: PASSWORD });
    expect((await w.teammate.client.get("/api/v1/dashboard")).body.people).toEqual([]);
    expect((await w.admin.client.get("/api/v1/dashboard")).body.people).toEqual([]);
    expect((await w.outsider.client.get("/api/v1/dashboard")).body.people).toEqual([]);
    expect((await new TestClient(ctx.current.app).get("/api/v1/dashboard")).status).toBe(401);
  });

  it("shows every direct report in the reporting line, with no_one_on_one when they have no active manager 1:1", async () => {
    ctx.current.clock.set(start);
    const w = await buildPair(ctx.current, { kind: "mentor" });
    const nina = await buildMember(
      ctx.current,
      { client: w.admin.client, orgId: w.orgId },
      { name: "Nina New", managerId: w.leader.userId },
    );
    const res = await w.leader.client.get("/api/v1/dashboard");
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(res.body.people.map((p: { teammate: { name: string } }) => [p.teammate.name, p]));
    // Tina reports to the leader but only has a mentor 1:1 with them; Nina has no 1:1 at all.
    expect(byName["Tina Teammate"].alerts).toEqual(["no_one_on_one"]);
    expect(byName["Nina New"]).toMatchObject({
      oneOnOneId: null,
      teammate: { id: nina.userId },
      cadenceHealth: null,
      alerts: ["no_one_on_one"],
    });
    expect(res.body.needsAttention).toBe(2);
    // Nobody else sees the leader's reports: not the teammate, the admin, the outsider.
    for (const other of [w.teammate, w.colleague, w.admin, w.outsider]) {
      await other.client.post("/api/v1/auth/login", { email: other.email, password: PASSWORD });
      expect((await other.client.get("/api/v1/dashboard")).body).toEqual({ people: [], needsAttention: 0 });
    }
  });

  it("flags a low first check-in and two 1:1s cancelled in advance at once", async () => {
    ctx.current.clock.set(start);
    const w = await buildPair(ctx.current);
    expect((await w.teammate.client.post(`/api/v1/meetings/${w.meetingId}/check-in`, { mood: 2 })).status).toBe(200);
    const first = await w.leader.client.get("/api/v1/dashboard");
    expect(first.body.people[0].alerts).toEqual(["low_mood"]);
    const next = (await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/cancel`, { reason: "Trip" })).body
      .nextMeeting.id;
    await w.leader.client.post(`/api/v1/meetings/${next}/cancel`, { reason: "Trip" });
    const after = await w.leader.client.get("/api/v1/dashboard");
    expect(after.body.people[0].alerts).toContain("repeated_cancellations");
  });

  it("reads the rhythm from when a meeting was held, never from when it was planned", async () => {
    ctx.current.clock.set(start);
    const w = await buildPair(ctx.current);
    // The meeting is planned for tomorrow 09:00 and held today, 22 h early.
    ctx.current.clock.advance(2 * 3600 * 1000);
    const heldAt = ctx.current.clock.now().toISOString();
    expect((await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/complete`, {})).status).toBe(200);
    const row = (await w.leader.client.get("/api/v1/dashboard")).body.people[0];
    expect(row).toMatchObject({ lastMeetingAt: heldAt, daysSinceLast: 0 });
    const insights = await w.teammate.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}/insights`);
    expect(insights.body.cadence).toMatchObject({ held: 1, daysSinceLast: 0, longestGapDays: 0 });
    const list = await w.teammate.client.get("/api/v1/one-on-ones");
    expect(list.body.oneOnOnes[0].lastMeeting).toMatchObject({ id: w.meetingId, heldAt });
    // Analytics counts it as held now, so its coverage and its months agree.
    const analytics = await w.admin.client.get(`/api/v1/orgs/${w.orgId}/analytics`);
    expect(analytics.body.overall.held).toBe(1);
    expect(analytics.body.months).toEqual([{ month: "2026-03", held: 1, canceled: 0, rescheduled: 0 }]);
    expect(analytics.body.coverage[0].covered).toBe(2);
    ctx.current.clock.advance(10 * DAY);
    const later = (await w.leader.client.get("/api/v1/dashboard")).body.people[0];
    expect(later).toMatchObject({ daysSinceLast: 10, lastMeetingAt: heldAt });
  });
});
