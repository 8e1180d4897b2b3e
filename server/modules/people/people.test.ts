import { expect, it } from "vitest";
import { buildMember, buildOwner, PASSWORD } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

describeEachEngine("people", (ctx) => {
  const peopleUrl = (orgId: string) => `/api/v1/orgs/${orgId}/people`;

  it("lists everyone in the workspace to any active member", async () => {
    const owner = await buildOwner(ctx.current, "Alice Owner");
    const lead = await buildMember(ctx.current, owner, { name: "Bruno Lead" });
    const dev = await buildMember(ctx.current, owner, { name: "Carla Dev", managerId: lead.userId });
    const res = await dev.client.get(peopleUrl(owner.orgId));
    expect(res.status).toBe(200);
    expect(res.body.people.map((p: { name: string }) => p.name)).toEqual(["Alice Owner", "Bruno Lead", "Carla Dev"]);
    expect(res.body.people[2]).toMatchObject({
      userId: dev.userId,
      role: "member",
      managerId: lead.userId,
      status: "active",
      email: dev.email,
    });
    expect(res.body.people[0]).not.toHaveProperty("passwordHash");
  });

  it("hides a workspace from strangers and anonymous callers (P5)", async () => {
    const owner = await buildOwner(ctx.current);
    const stranger = await buildOwner(ctx.current, "Stranger");
    const res = await stranger.client.get(peopleUrl(owner.orgId));
    expect(res.status).toBe(404);
    const missing = await stranger.client.get(peopleUrl("00000000-0000-0000-0000-000000000000"));
    expect(missing.status).toBe(404);
    expect(res.body).toEqual(missing.body);
    expect((await new TestClient(ctx.current.app).get(peopleUrl(owner.orgId))).status).toBe(401);
    expect((await owner.client.get(peopleUrl("x".repeat(65)))).status).toBe(400);
  });

  it("lets admins set a manager and a role, with audit events", async () => {
    const owner = await buildOwner(ctx.current);
    const admin = await buildMember(ctx.current, owner, { role: "admin" });
    const lead = await buildMember(ctx.current, owner);
    const dev = await buildMember(ctx.current, owner);
    const res = await admin.client.patch(`${peopleUrl(owner.orgId)}/${dev.userId}`, { managerId: lead.userId });
    expect(res.status).toBe(200);
    expect(res.body.person).toMatchObject({ userId: dev.userId, managerId: lead.userId });
    const promoted = await admin.client.patch(`${peopleUrl(owner.orgId)}/${lead.userId}`, { role: "admin" });
    expect(promoted.body.person.role).toBe("admin");
    const cleared = await admin.client.patch(`${peopleUrl(owner.orgId)}/${dev.userId}`, { managerId: null });
    expect(cleared.body.person.managerId).toBeNull();
    const events = await ctx.current.deps.db.kysely
      .selectFrom("auditEvents")
      .select(["action", "actorUserId", "metadata"])
      .where("organizationId", "=", owner.orgId)
      .where("action", "like", "member.%")
      .execute();
    expect(events.map((e) => e.action).sort()).toEqual([
      "member.manager_changed",
      "member.manager_changed",
      "member.role_changed",
    ]);
    expect(events.every((e) => e.actorUserId === admin.userId)).toBe(true);
  });

  it("lets only admins change people: members get 403, strangers 404", async () => {
    const owner = await buildOwner(ctx.current);
    const member = await buildMember(ctx.current, owner);
    const other = await buildMember(ctx.current, owner);
    const stranger = await buildOwner(ctx.current, "Stranger");
    const byMember = await member.client.patch(`${peopleUrl(owner.orgId)}/${other.userId}`, {
      managerId: member.userId,
    });
    expect(byMember.status).toBe(403);
    expect(byMember.body.error.code).toBe("admin_required");
    expect((await stranger.client.patch(`${peopleUrl(owner.orgId)}/${other.userId}`, { role: "admin" })).status).toBe(
      404,
    );
    expect((await owner.client.patch(`${peopleUrl(owner.orgId)}/${stranger.userId}`, { role: "admin" })).status).toBe(
      404,
    );
    const unchanged = await owner.client.get(peopleUrl(owner.orgId));
    expect(unchanged.body.people.find((p: { userId: string }) => p.userId === other.userId).managerId).toBeNull();
  });

  it("refuses reporting-line cycles and managers from elsewhere", async () => {
    const owner = await buildOwner(ctx.current);
    const lead = await buildMember(ctx.current, owner);
    const dev = await buildMember(ctx.current, owner, { managerId: lead.userId });
    const stranger = await buildOwner(ctx.current, "Stranger");
    const url = `${peopleUrl(owner.orgId)}/${lead.userId}`;
    const cycle = await owner.client.patch(url, { managerId: dev.userId });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.code).toBe("reporting_cycle");
    expect((await owner.client.patch(url, { managerId: lead.userId })).body.error.code).toBe("reporting_cycle");
    const foreign = await owner.client.patch(url, { managerId: stranger.userId });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.code).toBe("invalid_manager");
    expect((await owner.client.patch(url, { managerId: "nobody" })).status).toBe(400);
  });

  it("rejects bad input with 400", async () => {
    const owner = await buildOwner(ctx.current);
    const member = await buildMember(ctx.current, owner);
    const url = `${peopleUrl(owner.orgId)}/${member.userId}`;
    expect((await owner.client.patch(url, {})).status).toBe(400);
    const badRole = await owner.client.patch(url, { role: "superuser" });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error.field).toBe("role");
    expect((await owner.client.patch(url, { status: "gone" })).status).toBe(400);
    expect((await owner.client.patch(url, { managerId: 7 })).status).toBe(400);
  });

  it("never demotes or deactivates the last owner (409)", async () => {
    const owner = await buildOwner(ctx.current);
    const url = `${peopleUrl(owner.orgId)}/${owner.userId}`;
    const demote = await owner.client.patch(url, { role: "admin" });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe("last_owner");
    expect((await owner.client.patch(url, { status: "deactivated" })).status).toBe(409);
    const second = await buildMember(ctx.current, owner, { role: "owner" });
    expect((await owner.client.patch(url, { role: "admin" })).status).toBe(200);
    expect(
      (await second.client.patch(`${peopleUrl(owner.orgId)}/${second.userId}`, { status: "deactivated" })).status,
    ).toBe(409);
  });

  it("keeps owner changes to owners", async () => {
    const owner = await buildOwner(ctx.current);
    const admin = await buildMember(ctx.current, owner, { role: "admin" });
    const member = await buildMember(ctx.current, owner);
    const res = await admin.client.patch(`${peopleUrl(owner.orgId)}/${owner.userId}`, { status: "deactivated" });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("owner_required");
    expect((await admin.client.patch(`${peopleUrl(owner.orgId)}/${member.userId}`, { role: "owner" })).status).toBe(
      403,
    );
    // Setting an owner's manager is not an ownership change.
    expect(
      (await admin.client.patch(`${peopleUrl(owner.orgId)}/${owner.userId}`, { managerId: admin.userId })).status,
    ).toBe(200);
  });

  it("signs a deactivated member out at once and keeps them out", async () => {
    const owner = await buildOwner(ctx.current);
    const member = await buildMember(ctx.current, owner);
    expect((await member.client.get("/api/v1/me")).status).toBe(200);
    const res = await owner.client.patch(`${peopleUrl(owner.orgId)}/${member.userId}`, { status: "deactivated" });
    expect(res.body.person.status).toBe("deactivated");
    expect((await member.client.get("/api/v1/me")).status).toBe(401);
    const login = await new TestClient(ctx.current.app).post("/api/v1/auth/login", {
      email: member.email,
      password: PASSWORD,
    });
    expect(login.status).toBe(401);
    expect(login.body.error.code).toBe("invalid_credentials");
    expect((await owner.client.patch(`${peopleUrl(owner.orgId)}/${member.userId}`, { status: "active" })).status).toBe(
      200,
    );
    expect(
      (await new TestClient(ctx.current.app).post("/api/v1/auth/login", { email: member.email, password: PASSWORD }))
        .status,
    ).toBe(200);
  });
});
