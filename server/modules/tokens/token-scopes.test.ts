import { sql } from "kysely";
import { expect, it } from "vitest";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair } from "../../../tests/support/pairs.js";
import { describeEachEngine, type TestApp } from "../../../tests/support/test-app.js";
import { newId } from "../../db/ids.js";
import { hashToken } from "../auth/secret-tokens.js";
import { normalizeScopes, parseScopes } from "./token-scopes.js";

/** A Bearer-only client (no cookie, no Origin) for a fresh token of the given scopes. */
async function tokenClient(t: TestApp, owner: { client: TestClient }, scopes?: string[]) {
  const created = await owner.client.post("/api/v1/tokens", { name: "script", ...(scopes ? { scopes } : {}) });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const api = new TestClient(t.app);
  api.bearer = created.body.token;
  api.origin = null;
  return { api, created: created.body };
}

it("normalizes and parses stored scopes", () => {
  expect(normalizeScopes(["write"])).toEqual(["read", "write"]);
  expect(normalizeScopes(["read", "read"])).toEqual(["read"]);
  expect(parseScopes("read write")).toEqual(["read", "write"]);
  expect(parseScopes("write  read junk")).toEqual(["read", "write"]);
  expect(parseScopes("")).toEqual([]);
});

describeEachEngine("api token scopes", (ctx) => {
  it("defaults to read: GETs work, every other method answers 403 insufficient_scope and changes nothing", async () => {
    const w = await buildPair(ctx.current);
    const { api, created } = await tokenClient(ctx.current, w.leader);
    expect(created.scopes).toEqual(["read"]);
    expect((await w.leader.client.get("/api/v1/tokens")).body.tokens[0].scopes).toEqual(["read"]);
    expect((await api.get("/api/v1/one-on-ones")).status).toBe(200);
    expect((await api.get(`/api/v1/meetings/${w.meetingId}`)).status).toBe(200);
    expect((await api.get("/api/v1/search?q=anything")).status).toBe(200);
    const writes: Array<[ReturnType<typeof api.post>, string]> = [
      [api.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "From a read token" }), "post"],
      [api.patch("/api/v1/me", { name: "Renamed" }), "patch"],
      [api.put(`/api/v1/meetings/${w.meetingId}/notes/shared`, { body: "x", baseVersion: 0 }), "put"],
      [api.delete(`/api/v1/agenda-items/${w.meetingId}`), "delete"],
    ];
    for (const [pending, method] of writes) {
      const res = await pending;
      expect(res.status, method).toBe(403);
      expect(res.body).toEqual({ error: { code: "insufficient_scope", message: expect.stringContaining("write") } });
    }
    const meeting = await w.leader.client.get(`/api/v1/meetings/${w.meetingId}`);
    expect(meeting.body.agendaItems ?? []).toEqual([]);
    expect((await w.leader.client.get("/api/v1/me")).body.user.name).toBe("Leo Leader");
  });

  it("a read token cannot open the live channel, which can edit the shared notes; a write token can", async () => {
    const w = await buildPair(ctx.current);
    const reader = (await tokenClient(ctx.current, w.leader)).api;
    const writer = (await tokenClient(ctx.current, w.leader, ["write"])).api;
    const res = await reader.get(`/api/v1/meetings/${w.meetingId}/events`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("insufficient_scope");
    // A plain GET is admitted and told to upgrade.
    expect((await writer.get(`/api/v1/meetings/${w.meetingId}/events`)).status).toBe(426);
  });

  it("a write token reads and writes, without an Origin header", async () => {
    const w = await buildPair(ctx.current);
    const { api, created } = await tokenClient(ctx.current, w.leader, ["write"]);
    expect(created.scopes).toEqual(["read", "write"]);
    expect((await api.get(`/api/v1/meetings/${w.meetingId}`)).status).toBe(200);
    const added = await api.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "Via a write token" });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect((await api.patch(`/api/v1/agenda-items/${added.body.agendaItem.id}`, { discussed: true })).status).toBe(200);
    expect((await api.delete(`/api/v1/agenda-items/${added.body.agendaItem.id}`)).status).toBe(204);
  });

  it("scopes never widen visibility: a write token of an outsider still gets 404 on the pair (P5)", async () => {
    const w = await buildPair(ctx.current);
    const { api } = await tokenClient(ctx.current, w.outsider, ["read", "write"]);
    expect((await api.get(`/api/v1/meetings/${w.meetingId}`)).status).toBe(404);
    expect((await api.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "x" })).status).toBe(404);
  });

  it("no token, whatever its scopes, can manage tokens, change the password or touch the calendar feed", async () => {
    const w = await buildPair(ctx.current);
    const { api, created } = await tokenClient(ctx.current, w.leader, ["write"]);
    const attempts = [
      await api.get("/api/v1/tokens"),
      await api.post("/api/v1/tokens", { name: "child", scopes: ["write"] }),
      await api.delete(`/api/v1/tokens/${created.id}`),
      await api.put("/api/v1/me/password", { currentPassword: "correct horse battery", newPassword: "n".repeat(16) }),
      await api.get("/api/v1/calendar-feed"),
      await api.post("/api/v1/calendar-feed/rotate"),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("session_required");
    }
    // Nothing happened: still one token, still valid, the password unchanged.
    const tokens = (await w.leader.client.get("/api/v1/tokens")).body.tokens;
    expect(tokens.map((t: { id: string }) => t.id)).toEqual([created.id]);
    expect((await api.get("/api/v1/me")).status).toBe(200);
    const login = await new TestClient(ctx.current.app).post("/api/v1/auth/login", {
      email: (await w.leader.client.get("/api/v1/me")).body.user.email,
      password: "correct horse battery",
    });
    expect(login.status).toBe(200);
  });

  it("a token stored without scopes (made before migration 0014) keeps full access", async () => {
    const w = await buildPair(ctx.current);
    const { api, created } = await tokenClient(ctx.current, w.leader);
    const raw = "rpt_legacylegacylegacylegacylegacylegacylegacyx";
    // The insert that code before 0014 made: no scopes column, so the column default applies (as to old rows).
    await sql`insert into api_tokens (id, user_id, name, token_hash, prefix, created_at)
      values (${newId()}, ${w.leader.userId}, ${"legacy"}, ${hashToken(raw)}, ${"rpt_lega"}, ${created.createdAt})`.execute(
      ctx.current.deps.db.kysely,
    );
    const legacy = (await w.leader.client.get("/api/v1/tokens")).body.tokens.find(
      (t: { name: string }) => t.name === "legacy",
    );
    expect(legacy.scopes).toEqual(["read", "write"]);
    const old = new TestClient(ctx.current.app);
    old.bearer = raw;
    old.origin = null;
    expect((await old.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "Legacy token" })).status).toBe(201);
    expect((await api.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "Read token" })).status).toBe(403);
  });
});
