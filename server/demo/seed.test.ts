import { expect, it } from "vitest";
import { TestClient } from "../../tests/support/http-client.js";
import { describeEachEngine } from "../../tests/support/test-app.js";
import { DEMO_PASSWORD, seedDemo } from "./seed.js";

describeEachEngine("demo seed", (ctx) => {
  it("creates a workspace with an admin, a leader and five teammates who can sign in", async () => {
    const ids = await seedDemo(ctx.current.deps.db, ctx.current.clock);
    const leader = new TestClient(ctx.current.app);
    const login = await leader.post("/api/v1/auth/login", {
      email: "marina@demo.rapport.dev",
      password: DEMO_PASSWORD,
    });
    expect(login.status).toBe(200);
    const me = await leader.get("/api/v1/me");
    const orgId = me.body.memberships[0].organization.id;
    const people = await leader.get(`/api/v1/orgs/${orgId}/people`);
    expect(people.body.people).toHaveLength(7);
    const team = people.body.people.filter((p: { managerId: string }) => p.managerId === ids.leader);
    expect(team).toHaveLength(5);
    expect(people.body.people.filter((p: { role: string }) => p.role === "owner")).toHaveLength(1);
  });
});

describeEachEngine("demo history", (ctx) => {
  it("gives the leader six months of held, cancelled and rescheduled 1:1s with an upcoming meeting each", async () => {
    await seedDemo(ctx.current.deps.db, ctx.current.clock);
    const leader = new TestClient(ctx.current.app);
    await leader.post("/api/v1/auth/login", { email: "marina@demo.rapport.dev", password: DEMO_PASSWORD });
    const oneOnOne = (await leader.get("/api/v1/one-on-ones")).body.oneOnOnes;
    expect(oneOnOne).toHaveLength(5);
    for (const s of oneOnOne) {
      expect(s.nextMeeting?.status).toBe("scheduled");
      expect(s.lastMeeting?.status).toBe("completed");
    }
    const statuses = await ctx.current.deps.db.kysely
      .selectFrom("meetings")
      .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("status")
      .execute();
    const count = Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]));
    expect(count.completed).toBeGreaterThan(50);
    expect(count.canceled).toBeGreaterThan(3);
    expect(count.scheduled).toBe(5);
    const rescheduled = await ctx.current.deps.db.kysely
      .selectFrom("meetings")
      .select("id")
      .where("originalScheduledAt", "is not", null)
      .execute();
    expect(rescheduled.length).toBeGreaterThan(0);
    const carried = await ctx.current.deps.db.kysely
      .selectFrom("agendaItems")
      .select("id")
      .where("carriedFromId", "is not", null)
      .execute();
    expect(carried.length).toBeGreaterThan(0);
    // Real, varied 1:1s: no action twice in the whole demo, no pair's shared note repeated word for word.
    const { kysely } = ctx.current.deps.db;
    const titles = (await kysely.selectFrom("actionItems").select("title").execute()).map((a) => a.title);
    expect(titles.length).toBeGreaterThan(40);
    expect(new Set(titles).size).toBe(titles.length);
    const sharedNotes = await kysely
      .selectFrom("notes")
      .innerJoin("meetings", "meetings.id", "notes.meetingId")
      .select(["meetings.oneOnOneId", "notes.body"])
      .where("notes.kind", "=", "shared")
      .execute();
    for (const { oneOnOneId } of oneOnOne.map((o: { id: string }) => ({ oneOnOneId: o.id }))) {
      const bodies = sharedNotes.filter((n) => n.oneOnOneId === oneOnOneId).map((n) => n.body);
      expect(bodies.length).toBeGreaterThan(3);
      expect(new Set(bodies).size).toBe(bodies.length);
    }
    const next = await leader.get(`/api/v1/meetings/${oneOnOne[0].nextMeeting.id}`);
    expect(next.status).toBe(200);
    expect(next.body.agendaItems.length).toBeGreaterThan(0);
  });
});

describeEachEngine("demo insights", (ctx) => {
  it("shows believable patterns on the leader's dashboard: a mood dip first, an improving teammate", async () => {
    await seedDemo(ctx.current.deps.db, ctx.current.clock);
    const leader = new TestClient(ctx.current.app);
    await leader.post("/api/v1/auth/login", { email: "marina@demo.rapport.dev", password: DEMO_PASSWORD });
    const dashboard = await leader.get("/api/v1/dashboard");
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.people).toHaveLength(5);
    const diego = dashboard.body.people.find(
      (p: { teammate: { name: string } }) => p.teammate.name === "Diego Hernández",
    );
    expect(diego.alerts).toContain("mood_drop");
    expect(dashboard.body.people[0].alerts.length).toBeGreaterThan(0);
    const emma = dashboard.body.people.find(
      (p: { teammate: { name: string } }) => p.teammate.name === "Emma Lindqvist",
    );
    expect(emma.moodTrend[emma.moodTrend.length - 1]).toBeGreaterThan(emma.moodTrend[0]);
    const insights = await leader.get(`/api/v1/one-on-ones/${emma.oneOnOneId}/insights`);
    expect(insights.body.mood.length).toBeGreaterThan(10);
    const goals = await leader.get(`/api/v1/one-on-ones/${emma.oneOnOneId}/goals`);
    expect(goals.body.goals[0].progress.length).toBeGreaterThan(0);
    const feedback = await leader.get(`/api/v1/one-on-ones/${diego.oneOnOneId}/feedback`);
    expect(feedback.body.feedback.length).toBeGreaterThan(0);
    expect((await leader.get("/api/v1/search?q=kubernetes")).status).toBe(200);
    expect((await leader.get("/api/v1/search?q=launch")).body.results.length).toBeGreaterThan(0);
  });
});
