import { expect, it } from "vitest";
import { buildOwner, changePassword, PASSWORD, signUp } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

describeEachEngine("auth", (ctx) => {
  const signupBody = (email: string) => ({ email, password: PASSWORD, name: "Ana Lima", organizationName: "Acme" });

  it("answers the health check", async () => {
    const res = await new TestClient(ctx.current.app).get("/healthz");
    expect(res).toMatchObject({ status: 200, body: { status: "ok" } });
  });

  it("signs up: user, workspace, owner membership and a safe session cookie", async () => {
    const client = new TestClient(ctx.current.app);
    const res = await client.post("/api/v1/auth/signup", {
      ...signupBody("Ana.Lima@Example.com"),
      locale: "pt-BR",
      timezone: "America/Sao_Paulo",
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({
      email: "ana.lima@example.com",
      name: "Ana Lima",
      locale: "pt-BR",
      timezone: "America/Sao_Paulo",
    });
    expect(res.body.user).not.toHaveProperty("passwordHash");
    expect(res.body.organization).toMatchObject({ name: "Acme", defaultLocale: "pt-BR" });
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/rapport_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await client.get("/api/v1/me");
    expect(me.status).toBe(200);
    expect(me.body.memberships).toEqual([
      { organization: res.body.organization, role: "owner", managerId: null, status: "active" },
    ]);
  });

  it("stores the session token hashed, never in clear", async () => {
    const owner = await buildOwner(ctx.current);
    const raw = decodeURIComponent(owner.client.sessionCookie?.split("=")[1] ?? "").split(".")[0];
    const rows = await ctx.current.deps.db.kysely.selectFrom("sessions").select("tokenHash").execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.tokenHash === raw)).toBe(false);
  });

  it("refuses a second account with the same e-mail, whatever its case", async () => {
    const client = new TestClient(ctx.current.app);
    expect((await client.post("/api/v1/auth/signup", signupBody("dup@example.com"))).status).toBe(201);
    const again = await new TestClient(ctx.current.app).post("/api/v1/auth/signup", signupBody("DUP@example.com"));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("email_taken");
  });

  it("rejects bad sign-up input with 400 and field paths", async () => {
    const client = new TestClient(ctx.current.app);
    const res = await client.post("/api/v1/auth/signup", {
      email: "not-an-email",
      password: "short",
      name: "",
      organizationName: 42,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    // The first failing field is `field`; the others are named in the message.
    expect(res.body.error.field).toBe("email");
    for (const field of ["password", "name", "organizationName"]) expect(res.body.error.message).toContain(field);
    const badTz = await client.post("/api/v1/auth/signup", {
      ...signupBody("tz@example.com"),
      timezone: "Mars/Olympus",
    });
    expect(badTz.status).toBe(400);
    expect(badTz.body.error.field).toBe("timezone");
  });

  it("answers malformed and oversized bodies with 4xx, never 5xx", async () => {
    const client = new TestClient(ctx.current.app);
    const broken = await client.request("POST", "/api/v1/auth/login", "{not json", {
      "content-type": "application/json",
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBeTypeOf("string");
    const huge = await client.post("/api/v1/auth/login", { email: "a@b.co", password: "x".repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("body_too_large");
    const wrongType = await client.request("POST", "/api/v1/auth/login", "email=a", { "content-type": "text/plain" });
    expect(wrongType.status).toBe(415);
    const unknown = await client.get("/api/v1/nope");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("not_found");
  });

  it("signs in; wrong password and unknown e-mail answer exactly the same", async () => {
    const owner = await buildOwner(ctx.current);
    const client = new TestClient(ctx.current.app);
    const wrongPassword = await client.post("/api/v1/auth/login", { email: owner.email, password: "wrong password" });
    const unknownEmail = await client.post("/api/v1/auth/login", {
      email: "nobody@example.com",
      password: "wrong password",
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.body.error.code).toBe("invalid_credentials");
    const ok = await client.post("/api/v1/auth/login", { email: owner.email.toUpperCase(), password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.user.id).toBe(owner.userId);
    expect((await client.get("/api/v1/me")).body.user.id).toBe(owner.userId);
    const audit = await ctx.current.deps.db.kysely
      .selectFrom("auditEvents")
      .select(["action", "actorUserId"])
      .where("action", "in", ["sign_in.success", "sign_in.failure"])
      .execute();
    expect(audit).toContainEqual({ action: "sign_in.success", actorUserId: owner.userId });
    expect(audit).toContainEqual({ action: "sign_in.failure", actorUserId: owner.userId });
    expect(audit).toContainEqual({ action: "sign_in.failure", actorUserId: null });
  });

  it("rejects bad login input with 400", async () => {
    const res = await new TestClient(ctx.current.app).post("/api/v1/auth/login", { email: 5 });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("email");
  });

  it("signs out: the session stops working at once", async () => {
    const owner = await buildOwner(ctx.current);
    const stolen = owner.client.sessionCookie;
    expect((await owner.client.post("/api/v1/auth/logout")).status).toBe(204);
    const replay = new TestClient(ctx.current.app);
    replay.sessionCookie = stolen;
    expect((await replay.get("/api/v1/me")).status).toBe(401);
  });

  it("requires a session for /me and rejects forged cookies", async () => {
    const anonymous = await new TestClient(ctx.current.app).get("/api/v1/me");
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe("unauthorized");
    const forged = new TestClient(ctx.current.app);
    forged.sessionCookie = "rapport_session=abc.def";
    expect((await forged.get("/api/v1/me")).status).toBe(401);
  });

  it("keeps an active session alive and ends one left unused for 30 days", async () => {
    const active = await buildOwner(ctx.current);
    for (let week = 0; week < 8; week++) {
      ctx.current.clock.advance(7 * 24 * 3600 * 1000);
      expect((await active.client.get("/api/v1/me")).status, `week ${week}`).toBe(200);
    }
    ctx.current.clock.advance(-8 * 7 * 24 * 3600 * 1000);
  });

  it("expires sessions after 30 days", async () => {
    const owner = await buildOwner(ctx.current);
    ctx.current.clock.advance(31 * 24 * 3600 * 1000);
    try {
      expect((await owner.client.get("/api/v1/me")).status).toBe(401);
    } finally {
      ctx.current.clock.advance(-31 * 24 * 3600 * 1000);
    }
  });

  it("refuses cross-site state changes made with the session cookie", async () => {
    const owner = await buildOwner(ctx.current);
    owner.client.origin = "https://evil.example";
    const crossSite = await owner.client.post("/api/v1/tokens", { name: "x" });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error.code).toBe("cross_site_request");
    owner.client.origin = null;
    expect((await owner.client.post("/api/v1/tokens", { name: "x" })).status).toBe(403);
    const viaReferer = await owner.client.request(
      "POST",
      "/api/v1/tokens",
      { name: "x" },
      { referer: "http://localhost:3000/settings" },
    );
    expect(viaReferer.status).toBe(201);
    const loginFromEvil = await new TestClient(ctx.current.app).request(
      "POST",
      "/api/v1/auth/login",
      { email: owner.email, password: PASSWORD },
      { origin: "https://evil.example" },
    );
    expect(loginFromEvil.status).toBe(403);
  });

  it("updates name, language and time zone, validating each", async () => {
    const owner = await buildOwner(ctx.current);
    const ok = await owner.client.patch("/api/v1/me", { name: "Olivia O.", locale: "es", timezone: "Europe/Madrid" });
    expect(ok.status).toBe(200);
    expect(ok.body.user).toMatchObject({ name: "Olivia O.", locale: "es", timezone: "Europe/Madrid" });
    expect((await owner.client.patch("/api/v1/me", { locale: "fr" })).status).toBe(400);
    expect((await owner.client.patch("/api/v1/me", { timezone: "Nowhere/City" })).status).toBe(400);
    expect((await owner.client.patch("/api/v1/me", {})).status).toBe(400);
    expect((await new TestClient(ctx.current.app).patch("/api/v1/me", { name: "x" })).status).toBe(401);
  });

  it("changes the password: other sessions end, this one continues", async () => {
    const owner = await buildOwner(ctx.current);
    const other = new TestClient(ctx.current.app);
    expect((await other.post("/api/v1/auth/login", { email: owner.email, password: PASSWORD })).status).toBe(200);
    const before = owner.client.sessionCookie;
    const wrong = await owner.client.put("/api/v1/me/password", {
      currentPassword: "nope nope",
      newPassword: "new password 1",
    });
    expect(wrong.status).toBe(401);
    expect((await changePassword(owner.client, "short")).status).toBe(400);
    const ok = await changePassword(owner.client, "new password 1");
    expect(ok.status).toBe(204);
    expect(owner.client.sessionCookie).not.toBe(before);
    expect((await owner.client.get("/api/v1/me")).status).toBe(200);
    expect((await other.get("/api/v1/me")).status).toBe(401);
    const relogin = await new TestClient(ctx.current.app).post("/api/v1/auth/login", {
      email: owner.email,
      password: "new password 1",
    });
    expect(relogin.status).toBe(200);
  });
});

describeEachEngine(
  "auth rate limits",
  (ctx) => {
    it("limits sign-in attempts per e-mail with 429 and Retry-After", async () => {
      const owner = await buildOwner(ctx.current);
      const attacker = new TestClient(ctx.current.app);
      for (let i = 0; i < 3; i++) {
        expect((await attacker.post("/api/v1/auth/login", { email: owner.email, password: `guess ${i}` })).status).toBe(
          401,
        );
      }
      const limited = await attacker.post("/api/v1/auth/login", { email: owner.email, password: PASSWORD });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe("rate_limited");
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
      ctx.current.clock.advance(16 * 60 * 1000);
      const later = new TestClient(ctx.current.app);
      later.ip = "203.0.113.99";
      expect((await later.post("/api/v1/auth/login", { email: owner.email, password: PASSWORD })).status).toBe(200);
    });

    it("limits sign-in attempts per IP across e-mails", async () => {
      const client = new TestClient(ctx.current.app);
      client.ip = "203.0.113.50";
      const statuses = [];
      for (let i = 0; i < 6; i++)
        statuses.push(
          (await client.post("/api/v1/auth/login", { email: `x${i}@example.com`, password: "whatever" })).status,
        );
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    });

    it("limits sign-ups per IP", async () => {
      const client = new TestClient(ctx.current.app);
      client.ip = "203.0.113.60";
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await signUp(client, { email: `s${i}-${ctx.current.engine}@example.com`, name: "S", organizationName: "O" }))
            .status,
        );
      }
      expect(statuses).toEqual([201, 201, 201, 429]);
    });
  },
  {
    rateLimits: {
      loginPerEmail: { limit: 3, windowSeconds: 900 },
      loginPerIp: { limit: 5, windowSeconds: 900 },
      signupPerIp: { limit: 3, windowSeconds: 3600 },
    },
  },
);

describeEachEngine(
  "auth behind https",
  (ctx) => {
    it("marks the session cookie Secure when APP_URL is https", async () => {
      const client = new TestClient(ctx.current.app);
      client.origin = "https://rapport.example.com";
      const res = await signUp(client, { email: "secure@example.com", name: "Sec", organizationName: "Sec Org" });
      expect(res.status).toBe(201);
      expect(String(res.headers["set-cookie"])).toMatch(/; Secure/);
    });
  },
  { appUrl: "https://rapport.example.com" },
);
