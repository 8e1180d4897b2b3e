import { expect, it } from "vitest";
import { buildOwner, changePassword, inviteTokenOf, PASSWORD, signUp } from "../../../tests/support/factories.js";
import { type ApiResponse, TestClient } from "../../../tests/support/http-client.js";
import { describeEachEngine, type TestApp } from "../../../tests/support/test-app.js";

/** The attributes of the rapport_session Set-Cookie header of a response. */
function sessionCookieOf(res: ApiResponse): { value: string; attributes: Map<string, string> } {
  const all = res.headers["set-cookie"];
  const line = (Array.isArray(all) ? all : [all]).find((c) => c?.startsWith("rapport_session="));
  expect(line, "a rapport_session cookie is set").toBeDefined();
  const [pair, ...attrs] = (line as string).split(";").map((s) => s.trim());
  const attributes = new Map(
    attrs.map((a) => {
      const [k, ...v] = a.split("=");
      return [(k as string).toLowerCase(), v.join("=")] as const;
    }),
  );
  return { value: (pair as string).slice("rapport_session=".length), attributes };
}

function expectSafeCookie(res: ApiResponse, secure: boolean, now: Date, label: string): void {
  const { value, attributes } = sessionCookieOf(res);
  expect(value, label).not.toBe("");
  expect(attributes.has("httponly"), `${label}: HttpOnly`).toBe(true);
  expect(attributes.get("samesite"), `${label}: SameSite`).toBe("Lax");
  expect(attributes.get("path"), `${label}: Path`).toBe("/");
  expect(attributes.has("domain"), `${label}: no Domain (host-only)`).toBe(false);
  expect(attributes.has("secure"), `${label}: Secure`).toBe(secure);
  const expires = new Date(attributes.get("expires") ?? "").getTime();
  expect(Math.round((expires - now.getTime()) / 86_400_000), `${label}: 30 days`).toBe(30);
}

async function inviteAndAccept(owner: { client: TestClient; orgId: string }, client: TestClient) {
  const invite = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, {
    email: `rotated-${Math.random().toString(36).slice(2)}@example.com`,
    role: "member",
  });
  expect(invite.status).toBe(201);
  const token = inviteTokenOf(invite.body.acceptUrl);
  client.ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
  return client.post(`/api/v1/invitations/${token}/accept`, { name: "Rhea Rotated", password: PASSWORD });
}

/** A client that replays a given cookie header. */
function replay(t: TestApp, cookie: string | null): TestClient {
  const client = new TestClient(t.app);
  client.sessionCookie = cookie;
  return client;
}

describeEachEngine("session cookies and rotation", (ctx) => {
  it("sets the session cookie HttpOnly, SameSite=Lax, Path=/, host-only, not Secure over http, on every sign-in path", async () => {
    const now = ctx.current.clock.now();
    const client = new TestClient(ctx.current.app);
    const signup = await signUp(client, {
      email: "cookie-flags@example.com",
      name: "Cora Cookie",
      organizationName: "Cookie Co",
    });
    expectSafeCookie(signup, false, now, "signup");
    const login = await new TestClient(ctx.current.app).post("/api/v1/auth/login", {
      email: "cookie-flags@example.com",
      password: PASSWORD,
    });
    expectSafeCookie(login, false, now, "login");
    const owner = { client, orgId: signup.body.organization.id };
    expectSafeCookie(await inviteAndAccept(owner, new TestClient(ctx.current.app)), false, now, "accept");
    const changed = await changePassword(client, "brand new pw 1");
    expect(changed.status).toBe(204);
    expectSafeCookie(changed, false, now, "password change");
    const logout = await client.post("/api/v1/auth/logout");
    const cleared = sessionCookieOf(logout);
    expect(cleared.value).toBe("");
    expect(new Date(cleared.attributes.get("expires") ?? "").getTime()).toBeLessThan(now.getTime());
    expect(cleared.attributes.get("path")).toBe("/");
  });

  it("signing in issues a new token and ends the session the browser already had", async () => {
    const owner = await buildOwner(ctx.current);
    const before = owner.client.sessionCookie;
    const again = await owner.client.post("/api/v1/auth/login", { email: owner.email, password: PASSWORD });
    expect(again.status).toBe(200);
    const after = owner.client.sessionCookie;
    expect(after).not.toBe(before);
    expect((await replay(ctx.current, before).get("/api/v1/me")).status).toBe(401);
    expect((await replay(ctx.current, after).get("/api/v1/me")).body.user.id).toBe(owner.userId);
  });

  it("a session planted in a browser before sign-in never becomes the victim's session (no fixation)", async () => {
    const attacker = await buildOwner(ctx.current, "Mallory");
    const victim = await buildOwner(ctx.current, "Victor Victim");
    const planted = attacker.client.sessionCookie;
    const browser = replay(ctx.current, planted);
    const login = await browser.post("/api/v1/auth/login", { email: victim.email, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(browser.sessionCookie).not.toBe(planted);
    // The planted token is dead, and the victim's new token is one the attacker never saw.
    expect((await replay(ctx.current, planted).get("/api/v1/me")).status).toBe(401);
    expect((await browser.get("/api/v1/me")).body.user.id).toBe(victim.userId);
  });

  it("a failed sign-in leaves the current session alone", async () => {
    const owner = await buildOwner(ctx.current);
    const before = owner.client.sessionCookie;
    const wrong = await owner.client.post("/api/v1/auth/login", { email: owner.email, password: "not my password" });
    expect(wrong.status).toBe(401);
    expect((await replay(ctx.current, before).get("/api/v1/me")).status).toBe(200);
  });

  it("accepting an invitation in a signed-in browser ends the old session too", async () => {
    const owner = await buildOwner(ctx.current);
    const someone = await buildOwner(ctx.current, "Sam Someone");
    const before = someone.client.sessionCookie;
    const accepted = await inviteAndAccept(owner, someone.client);
    expect(accepted.status).toBe(200);
    expect(someone.client.sessionCookie).not.toBe(before);
    expect((await replay(ctx.current, before).get("/api/v1/me")).status).toBe(401);
    expect((await someone.client.get("/api/v1/me")).body.user.id).toBe(accepted.body.user.id);
  });

  it("changing the password ends every other session, rotates this one and revokes every API token", async () => {
    const owner = await buildOwner(ctx.current);
    const laptop = new TestClient(ctx.current.app);
    await laptop.post("/api/v1/auth/login", { email: owner.email, password: PASSWORD });
    const phone = new TestClient(ctx.current.app);
    await phone.post("/api/v1/auth/login", { email: owner.email, password: PASSWORD });
    const token = await owner.client.post("/api/v1/tokens", { name: "script" });
    const before = owner.client.sessionCookie;
    const changed = await changePassword(owner.client, "another long password");
    expect(changed.status).toBe(204);
    expect(owner.client.sessionCookie).not.toBe(before);
    expect((await owner.client.get("/api/v1/me")).status).toBe(200);
    for (const [label, client] of [
      ["old cookie of this browser", replay(ctx.current, before)],
      ["laptop", laptop],
      ["phone", phone],
    ] as const) {
      expect((await client.get("/api/v1/me")).status, label).toBe(401);
    }
    const sessions = await ctx.current.deps.db.kysely
      .selectFrom("sessions")
      .select("id")
      .where("userId", "=", owner.userId)
      .execute();
    expect(sessions).toHaveLength(1);
    // API tokens go too: one minted with a stolen session must not outlive the password (ADR 0014).
    expect(token.status).toBe(201);
    const api = new TestClient(ctx.current.app);
    api.bearer = token.body.token;
    expect((await api.get("/api/v1/me")).status).toBe(401);
  });

  it("a password change cannot be made with an API token, whatever its scopes: 403, nothing changes", async () => {
    const owner = await buildOwner(ctx.current);
    const token = await owner.client.post("/api/v1/tokens", { name: "cli", scopes: ["read", "write"] });
    const api = new TestClient(ctx.current.app);
    api.bearer = token.body.token;
    api.origin = null;
    const changed = await changePassword(api, "changed from a script");
    expect(changed.status).toBe(403);
    expect(changed.body.error.code).toBe("session_required");
    expect(changed.headers["set-cookie"]).toBeUndefined();
    expect((await owner.client.get("/api/v1/me")).status).toBe(200);
    const again = await new TestClient(ctx.current.app).post("/api/v1/auth/login", {
      email: owner.email,
      password: PASSWORD,
    });
    expect(again.status).toBe(200);
  });
});

describeEachEngine(
  "session cookies behind https",
  (ctx) => {
    it("marks the session cookie Secure on sign-up, sign-in and password change", async () => {
      const now = ctx.current.clock.now();
      const client = new TestClient(ctx.current.app);
      client.origin = "https://rapport.example.com";
      const signup = await signUp(client, {
        email: "secure-flags@example.com",
        name: "Sec",
        organizationName: "Sec Org",
      });
      expectSafeCookie(signup, true, now, "signup");
      const login = await client.post("/api/v1/auth/login", { email: "secure-flags@example.com", password: PASSWORD });
      expectSafeCookie(login, true, now, "login");
      const changed = await changePassword(client, "secure new password");
      expectSafeCookie(changed, true, now, "password change");
    });
  },
  { appUrl: "https://rapport.example.com" },
);
