// Attacker: an admin or a colleague who wants to know how someone feels — their check-in mood and note,
// and their "was this useful?" rating — without being in their 1:1.
// Chain: the teammate checks in ("mood 1", a note) and rates the meeting -> the attacker searches for the
// note's words, reads the dashboard, the analytics of the month, and the pair's insights.
// Rule: P1/P3/P4 — a check-in and a rating reach the pair (a rating: its author, or the leader if shared),
// never an admin or a colleague, not even through search or a dashboard.
import { expect, it } from "vitest";
import { buildPair, nonParticipants } from "../support/pairs.js";
import { describeAttack } from "./support/attack-world.js";

describeAttack("someone's mood through search, dashboards and analytics", (w) => {
  it("gives nobody outside the pair the check-in, the note or the rating; the leader still sees the check-in", async () => {
    const pair = await buildPair(w.current);
    const checkIn = await pair.teammate.client.post(`/api/v1/meetings/${pair.meetingId}/check-in`, {
      mood: 1,
      note: "zanzibarquokka exhausted",
    });
    expect(checkIn.status).toBe(200);
    expect((await pair.teammate.client.post(`/api/v1/meetings/${pair.meetingId}/rating`, { score: 1 })).status).toBe(
      200,
    );
    for (const other of nonParticipants(pair)) {
      const search = await other.client.get("/api/v1/search?q=zanzibarquokka");
      expect(search.status).toBe(200);
      expect(search.body.results).toEqual([]);
      const dashboard = await other.client.get("/api/v1/dashboard");
      expect(JSON.stringify(dashboard.body)).not.toContain(pair.teammate.userId);
      expect((await other.client.get(`/api/v1/one-on-ones/${pair.oneOnOneId}/insights`)).status).toBe(404);
      expect((await other.client.get(`/api/v1/meetings/${pair.meetingId}`)).status).toBe(404);
    }
    const analytics = await pair.admin.client.get(`/api/v1/orgs/${pair.orgId}/analytics`);
    expect(analytics.status).toBe(200);
    const text = JSON.stringify(analytics.body);
    expect(text).not.toContain("zanzibarquokka");
    expect(analytics.body.overall.averageMood.value).toBeNull();
    for (const team of analytics.body.teams) expect(team.averageMood.value).toBeNull();

    // The legitimate path: the leader sees the check-in (P1), and on the dashboard the mood trend.
    const meeting = await pair.leader.client.get(`/api/v1/meetings/${pair.meetingId}`);
    expect(meeting.body.checkIn).toMatchObject({ mood: 1 });
    const dashboard = await pair.leader.client.get("/api/v1/dashboard");
    expect(dashboard.body.people[0]).toMatchObject({ teammate: { id: pair.teammate.userId }, moodTrend: [1] });
    // …but not the teammate's rating, which they have not shared.
    const insights = await pair.leader.client.get(`/api/v1/one-on-ones/${pair.oneOnOneId}/insights`);
    expect(insights.body.ratings).toEqual([]);
  });
});
