import { expect, it } from "vitest";
import { buildMember, buildOwner } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

describeEachEngine("api tokens", (ctx) => {
  it("creates a token shown once, which then authenticates as Bearer", async () => {
    const owner = await buildOwner(ctx.current);
    const created = await owner.client.post("/api/v1/tokens", { name: "CLI", scopes: ["write"] });
    expect(created.status).toBe(201);
    expect(created.body.scopes).toEqual(["read", "write"]);
    expect(created.body.token).toMatch(/^rpt_[A-Za-z0-9_-]{43}$/);
    expect(created.body.token.startsWith(created.body.prefix)).toBe(true);
    const list = await owner.client.get("/api/v1/tokens");
    expect(list.body.tokens).toEqual([
      {
        id: created.body.id,
        name: "CLI",
        prefix: created.body.prefix,
        scopes: ["read", "write"],
        createdAt: created.body.createdAt,
        lastUsedAt: null,
      },
    ]);
    const api = new TestClient(ctx.current.app);
    api.bearer = created.body.token;
    api.origin = null;
    const me = await api.get("/api/v1/me");
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(owner.userId);
    // Bearer calls carry no ambient authority: no Origin needed for writes.
    expect((await api.patch("/api/v1/me", { name: "Via token" })).status).toBe(200);
    const listed = await owner.client.get("/api/v1/tokens");
    expect(listed.body.tokens[0].lastUsedAt).not.toBeNull();
    const stored = await ctx.current.deps.db.kysely
      .selectFrom("apiTokens")
      .select("tokenHash")
      .where("id", "=", created.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.tokenHash).not.toContain(created.body.token);
  });

  it("revokes a token: it stops working at once", async () => {
    const owner = await buildOwner(ctx.current);
    const created = await owner.client.post("/api/v1/tokens", { name: "temp" });
    expect((await owner.client.delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    const api = new TestClient(ctx.current.app);
    api.bearer = created.body.token;
    const res = await api.get("/api/v1/me");
    expect(res.status).toBe(401);
    expect((await owner.client.get("/api/v1/tokens")).body.tokens).toEqual([]);
    expect((await owner.client.delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(404);
    const audit = await ctx.current.deps.db.kysely
      .selectFrom("auditEvents")
      .select("action")
      .where("targetId", "=", created.body.id)
      .orderBy("createdAt")
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(["token.created", "token.revoked"]);
  });

  it("never shows or revokes someone else's token (404)", async () => {
    const owner = await buildOwner(ctx.current);
    const teammate = await buildMember(ctx.current, owner);
    const stranger = await buildOwner(ctx.current, "Stranger");
    const created = await owner.client.post("/api/v1/tokens", { name: "mine" });
    for (const other of [teammate, stranger]) {
      expect((await other.client.get("/api/v1/tokens")).body.tokens).toEqual([]);
      const res = await other.client.delete(`/api/v1/tokens/${created.body.id}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    const api = new TestClient(ctx.current.app);
    api.bearer = created.body.token;
    expect((await api.get("/api/v1/me")).status).toBe(200);
  });

  it("rejects bad input and anonymous callers", async () => {
    const owner = await buildOwner(ctx.current);
    expect((await owner.client.post("/api/v1/tokens", { name: "" })).status).toBe(400);
    expect((await owner.client.post("/api/v1/tokens", { name: "x".repeat(81) })).status).toBe(400);
    expect((await owner.client.post("/api/v1/tokens", {})).body.error.field).toBe("name");
    expect((await owner.client.post("/api/v1/tokens", { name: "x", scopes: [] })).status).toBe(400);
    const badScope = await owner.client.post("/api/v1/tokens", { name: "x", scopes: ["admin"] });
    expect(badScope.status).toBe(400);
    expect(badScope.body.error.field).toMatch(/^scopes/);
    expect((await owner.client.delete(`/api/v1/tokens/${"x".repeat(65)}`)).status).toBe(400);
    const anonymous = new TestClient(ctx.current.app);
    expect((await anonymous.get("/api/v1/tokens")).status).toBe(401);
    expect((await anonymous.post("/api/v1/tokens", { name: "x" })).status).toBe(401);
    const garbage = new TestClient(ctx.current.app);
    garbage.bearer = "rpt_garbage";
    expect((await garbage.get("/api/v1/me")).status).toBe(401);
  });

  it("stops a deactivated member's tokens", async () => {
    const owner = await buildOwner(ctx.current);
    const member = await buildMember(ctx.current, owner);
    const created = await member.client.post("/api/v1/tokens", { name: "member token" });
    const api = new TestClient(ctx.current.app);
    api.bearer = created.body.token;
    expect((await api.get("/api/v1/me")).status).toBe(200);
    expect(
      (await owner.client.patch(`/api/v1/orgs/${owner.orgId}/people/${member.userId}`, { status: "deactivated" }))
        .status,
    ).toBe(200);
    expect((await api.get("/api/v1/me")).status).toBe(401);
  });
});
