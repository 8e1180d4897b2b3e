import { expect, it } from "vitest";
import { PASSWORD } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";
import { DEMO_PASSWORD, seedDemo } from "../../demo/seed.js";

describeEachEngine("admin analytics", (ctx) => {
  it("gives admins metadata only and suppresses mood and rating aggregates under five people (P3, P4)", async () => {
    const w = await buildPair(ctx.current);
    await w.teammate.client.post(`/api/v1/meetings/${w.meetingId}/check-in`, { mood: 1, note: "SECRET-CHECKIN-NOTE" });
    await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "SECRET-AGENDA" });
    await w.leader.client.put(`/api/v1/meetings/${w.meetingId}/notes/shared`, { body: "SECRET-NOTE", baseVersion: 0 });
    ctx.current.clock.advance(2 * 24 * 3600 * 1000);
    await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/complete`, { rating: 5 });
    const res = await w.admin.client.get(`/api/v1/orgs/${w.orgId}/analytics`);
    // Mood and ratings are read in April, when March (the month of the check-in) is closed.
    ctx.current.clock.advance(30 * 24 * 3600 * 1000);
    await w.admin.client.post("/api/v1/auth/login", { email: w.admin.email, password: PASSWORD });
    const closed = await w.admin.client.get(`/api/v1/orgs/${w.orgId}/analytics`);
    ctx.current.clock.advance(-32 * 24 * 3600 * 1000);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    for (const secret of ["SECRET-CHECKIN-NOTE", "SECRET-AGENDA", "SECRET-NOTE"]) expect(text).not.toContain(secret);
    expect(res.body.activePeople).toBe(4);
    const thirty = res.body.coverage.find((c: { days: number }) => c.days === 30);
    expect(thirty.covered).toBe(2);
    expect(thirty.uncovered.map((p: { name: string }) => p.name).sort()).toEqual(["Ada Admin", "Cole Colleague"]);
    const team = res.body.teams.find((t: { manager: { id: string } }) => t.manager.id === w.leader.userId);
    expect(team).toMatchObject({ size: 1, pairs: 1, held: 1, canceled: 0 });
    expect(closed.body.aggregatePeriod.from).toBe("2026-03-01T00:00:00.000Z");
    expect(JSON.stringify(closed.body)).not.toContain("SECRET");
    const closedTeam = closed.body.teams.find((t: { manager: { id: string } }) => t.manager.id === w.leader.userId);
    expect(closedTeam.averageMood).toEqual({ value: null, people: 1, suppressed: true, reason: "small_group" });
    expect(closedTeam.averageRating).toEqual({ value: null, people: 0, suppressed: true, reason: "small_group" });
    expect(closed.body.overall.averageMood).toEqual({
      value: null,
      people: 1,
      suppressed: true,
      reason: "small_group",
    });
    expect(res.body.months.reduce((n: number, m: { held: number }) => n + m.held, 0)).toBe(1);
  });

  it("is for admins: members get 403, strangers and anonymous callers nothing", async () => {
    const w = await buildPair(ctx.current);
    expect((await w.leader.client.get(`/api/v1/orgs/${w.orgId}/analytics`)).status).toBe(403);
    expect((await w.outsider.client.get(`/api/v1/orgs/${w.orgId}/analytics`)).status).toBe(404);
    expect((await new TestClient(ctx.current.app).get(`/api/v1/orgs/${w.orgId}/analytics`)).status).toBe(401);
    expect((await w.admin.client.get(`/api/v1/orgs/${"x".repeat(65)}/analytics`)).status).toBe(400);
  });

  it("reports aggregates for a team of five, with adherence and cancel rates", async () => {
    await seedDemo(ctx.current.deps.db, ctx.current.clock);
    const admin = new TestClient(ctx.current.app);
    await admin.post("/api/v1/auth/login", { email: "alex@demo.rapport.dev", password: DEMO_PASSWORD });
    const orgId = (await admin.get("/api/v1/me")).body.memberships[0].organization.id;
    const res = await admin.get(`/api/v1/orgs/${orgId}/analytics`);
    expect(res.status).toBe(200);
    const team = res.body.teams.find((t: { manager: { name: string } }) => t.manager.name === "Marina Costa");
    expect(team.size).toBe(5);
    expect(team.held).toBeGreaterThan(10);
    expect(team.adherence).toBeGreaterThan(0);
    expect(team.cancelRate).not.toBeNull();
    // Mood and rating averages cover the last complete month (February, at the demo's 2 March).
    expect(res.body.aggregatePeriod).toEqual({ from: "2026-02-01T00:00:00.000Z", to: "2026-03-01T00:00:00.000Z" });
    expect(team.averageMood).toMatchObject({ people: 5, suppressed: false, reason: null });
    expect(team.averageMood.value).toBeGreaterThanOrEqual(3);
    expect(res.body.overall.averageMood).toEqual(team.averageMood);
    // The workspace's ratings also hold Marina's own: the team's 5 beside the workspace's 6 would give hers away.
    expect(res.body.overall.averageRating).toMatchObject({ people: 6, suppressed: false, reason: null });
    expect(res.body.overall.averageRating.value).toBeGreaterThanOrEqual(3);
    expect(team.averageRating).toEqual({ value: null, people: 5, suppressed: true, reason: "complementary" });
    const smallTeam = res.body.teams.find((t: { manager: { name: string } }) => t.manager.name === "Alex Morgan");
    expect(smallTeam.averageRating).toEqual({ value: null, people: 0, suppressed: true, reason: "small_group" });
  });
});
