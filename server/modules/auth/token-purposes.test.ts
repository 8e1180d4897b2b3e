import { describe, expect, it } from "vitest";
import { buildOwner, PASSWORD } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { describeEachEngine, type TestApp } from "../../../tests/support/test-app.js";
import { newSecretToken } from "./secret-tokens.js";

const BASE64URL_256_BITS = /^[A-Za-z0-9_-]{43}$/;

describe("secret tokens", () => {
  it("carry 256 bits from the system's CSPRNG, URL-safe, never repeating", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const token = newSecretToken();
      expect(token).toMatch(BASE64URL_256_BITS);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      seen.add(token);
    }
    expect(seen.size).toBe(2000);
    expect(newSecretToken("rpt_")).toMatch(/^rpt_[A-Za-z0-9_-]{43}$/);
  });
});

interface Secrets {
  /** The raw session token (the cookie's value without its signature). */
  session: string;
  api: string;
  invitation: string;
  feed: string;
}

/** One live secret of each kind, all belonging to the same workspace owner. */
async function collectSecrets(t: TestApp) {
  const owner = await buildOwner(t);
  const signedCookie = decodeURIComponent(owner.client.sessionCookie?.split("=")[1] ?? "");
  const unsigned = t.app.unsignCookie(signedCookie);
  expect(unsigned.valid).toBe(true);
  const api = await owner.client.post("/api/v1/tokens", { name: "purpose test" });
  const invite = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, {
    email: `purpose-${Math.random().toString(36).slice(2)}@example.com`,
    role: "member",
  });
  const feed = await owner.client.get("/api/v1/calendar-feed");
  const secrets: Secrets = {
    session: unsigned.value as string,
    api: api.body.token,
    invitation: invite.body.acceptUrl.split("/invite/")[1],
    feed: /\/calendar\/([^/]+)\.ics$/.exec(feed.body.url)?.[1] ?? "",
  };
  return { owner, secrets };
}

describeEachEngine("every secret token is good for one purpose only", (ctx) => {
  it("each kind is unguessable: at least 128 random bits", async () => {
    const { secrets } = await collectSecrets(ctx.current);
    expect(secrets.session).toMatch(BASE64URL_256_BITS);
    expect(secrets.api).toMatch(/^rpt_[A-Za-z0-9_-]{43}$/);
    expect(secrets.invitation).toMatch(BASE64URL_256_BITS);
    // The feed token is the user id and an HMAC-SHA256 under the server secret: 256 bits an outsider can't compute.
    const [, mac] = secrets.feed.split(".");
    expect(mac).toMatch(BASE64URL_256_BITS);
  });

  it("each works where it belongs (the baseline for the refusals below)", async () => {
    const { owner, secrets } = await collectSecrets(ctx.current);
    expect((await asCookie(ctx.current, secrets.session).get("/api/v1/me")).body.user.id).toBe(owner.userId);
    expect((await asBearer(ctx.current, secrets.api).get("/api/v1/me")).body.user.id).toBe(owner.userId);
    expect((await ctx.current.app.inject({ url: `/calendar/${secrets.feed}.ics` })).statusCode).toBe(200);
    expect((await new TestClient(ctx.current.app).get(`/api/v1/invitations/${secrets.invitation}`)).status).toBe(200);
  });

  it("as a Bearer API token, only an API token is accepted", async () => {
    const { secrets } = await collectSecrets(ctx.current);
    for (const kind of ["session", "invitation", "feed"] as const) {
      const res = await asBearer(ctx.current, secrets[kind]).get("/api/v1/me");
      expect(res.status, kind).toBe(401);
    }
  });

  it("as the session cookie, only a session token is accepted, even one correctly signed", async () => {
    const { secrets } = await collectSecrets(ctx.current);
    for (const kind of ["api", "invitation", "feed"] as const) {
      expect((await asCookie(ctx.current, secrets[kind]).get("/api/v1/me")).status, `${kind} signed`).toBe(401);
      const unsigned = new TestClient(ctx.current.app);
      unsigned.sessionCookie = `rapport_session=${encodeURIComponent(secrets[kind])}`;
      expect((await unsigned.get("/api/v1/me")).status, `${kind} unsigned`).toBe(401);
    }
    // Cookie signatures and feed MACs share the server secret, so a feed MAC is a valid cookie signature of its
    // own message; that message is still no session token, so the session lookup finds nothing.
    const [encodedUser, mac] = secrets.feed.split(".");
    const message = `calendar-feed:${Buffer.from(encodedUser as string, "base64url").toString()}:0`;
    const forged = `${message}.${Buffer.from(mac as string, "base64url")
      .toString("base64")
      .replace(/=+$/, "")}`;
    expect(ctx.current.app.unsignCookie(forged)).toMatchObject({ valid: true, value: message });
    const replayed = new TestClient(ctx.current.app);
    replayed.sessionCookie = `rapport_session=${encodeURIComponent(forged)}`;
    expect((await replayed.get("/api/v1/me")).status).toBe(401);
    // The session token itself only counts inside the server-signed cookie.
    const bare = new TestClient(ctx.current.app);
    bare.sessionCookie = `rapport_session=${secrets.session}`;
    expect((await bare.get("/api/v1/me")).status).toBe(401);
  });

  it("as a calendar feed token, only a feed token is accepted", async () => {
    const { owner, secrets } = await collectSecrets(ctx.current);
    const signedCookie = decodeURIComponent(owner.client.sessionCookie?.split("=")[1] ?? "");
    for (const [kind, token] of [
      ["session", secrets.session],
      ["signed session cookie", signedCookie],
      ["api", secrets.api],
      ["invitation", secrets.invitation],
    ]) {
      const res = await ctx.current.app.inject({ url: `/calendar/${encodeURIComponent(token as string)}.ics` });
      expect([400, 404], kind).toContain(res.statusCode);
      expect(res.body, kind).not.toContain("BEGIN:VCALENDAR");
    }
  });

  it("as an invitation token, only an invitation token is accepted (preview and accept)", async () => {
    const { secrets } = await collectSecrets(ctx.current);
    for (const kind of ["session", "api", "feed"] as const) {
      const client = new TestClient(ctx.current.app);
      const preview = await client.get(`/api/v1/invitations/${encodeURIComponent(secrets[kind])}`);
      expect(preview.status, `${kind} preview`).toBe(404);
      const accept = await client.post(`/api/v1/invitations/${encodeURIComponent(secrets[kind])}/accept`, {
        name: "Eve",
        password: PASSWORD,
      });
      expect(accept.status, `${kind} accept`).toBe(404);
      expect(accept.headers["set-cookie"], kind).toBeUndefined();
    }
  });

  it("the live channel takes the session cookie or an API token, nothing else", async () => {
    const { secrets } = await collectSecrets(ctx.current);
    const url = "/api/v1/meetings/00000000-0000-0000-0000-000000000000/events";
    for (const kind of ["invitation", "feed"] as const) {
      expect((await asBearer(ctx.current, secrets[kind]).get(url)).status, `${kind} bearer`).toBe(401);
      expect((await asCookie(ctx.current, secrets[kind]).get(url)).status, `${kind} cookie`).toBe(401);
    }
    expect((await asBearer(ctx.current, secrets.session).get(url)).status).toBe(401);
    expect((await asCookie(ctx.current, secrets.api).get(url)).status).toBe(401);
  });
});

/** A client presenting `value` as a correctly signed session cookie. */
function asCookie(t: TestApp, value: string): TestClient {
  const client = new TestClient(t.app);
  client.sessionCookie = `rapport_session=${encodeURIComponent(t.app.signCookie(value))}`;
  return client;
}

/** A client presenting `value` as `Authorization: Bearer`. */
function asBearer(t: TestApp, value: string): TestClient {
  const client = new TestClient(t.app);
  client.bearer = value;
  client.origin = null;
  return client;
}
