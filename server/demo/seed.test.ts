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
