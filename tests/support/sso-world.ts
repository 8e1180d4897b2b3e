import { afterAll, beforeAll, expect } from "vitest";
import type { Engine } from "../../server/db/database.js";
import { freePort } from "./free-port.js";
import { TestClient } from "./http-client.js";
import { startTestIdentityProvider, type TestIdentityProvider } from "./oidc-provider.js";
import type { RedirectingBrowser } from "./redirecting-browser.js";
import { FakeDns, startTestApp, type TestApp } from "./test-app.js";

export const SSO_PASSWORD = "correct horse battery";
export const SSO_CALLBACK_PATH = "/api/v1/auth/sso/callback";

/** What an SSO suite's tests read once its world is up (filled in `beforeAll`). */
export interface SsoState {
  t: TestApp;
  appUrl: string;
  idp: TestIdentityProvider;
  owner: TestClient;
  ownerId: string;
  orgId: string;
}

/**
 * The app listening on 127.0.0.1 with a real OpenID Connect provider (oidc-provider) on
 * loopback, Acme's owner signed up, and the helpers the SSO tests share. Registers its own
 * beforeAll/afterAll in the calling describe block.
 */
export function ssoWorld(engine: Engine) {
  const state = {} as SsoState;
  const dns = new FakeDns();

  const client = () => {
    const c = new TestClient(state.t.app);
    c.origin = state.appUrl;
    c.ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    return c;
  };
  const signUp = async (email: string, organizationName: string) => {
    const c = client();
    const res = await c.post("/api/v1/auth/signup", {
      email,
      password: SSO_PASSWORD,
      name: "Olivia Owner",
      organizationName,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { client: c, userId: res.body.user.id as string, orgId: res.body.organization.id as string };
  };
  const ssoSettings = (overrides: Record<string, unknown> = {}) => ({
    issuerUrl: state.idp.issuer,
    clientId: state.idp.clientId,
    clientSecret: state.idp.clientSecret,
    emailDomain: "acme.test",
    enabled: true,
    ...overrides,
  });
  /** Lands back in the app: a page, not an API route. */
  const inApp = (next: URL) => next.origin === state.appUrl && !next.pathname.startsWith("/api/");
  const signInWithSso = async (browser: RedirectingBrowser, query: string) =>
    (await browser.navigate(`${state.appUrl}/api/v1/auth/sso/start?${query}`, inApp)).url;
  const meOf = async (browser: RedirectingBrowser) => {
    const session = browser.cookies(state.appUrl).get("rapport_session");
    const res = await fetch(`${state.appUrl}/api/v1/me`, {
      headers: session ? { cookie: `rapport_session=${session}` } : {},
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const userByEmail = (email: string) =>
    state.t.deps.db.kysely.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
  const addAccount = (email: string, emailVerified = true, name = "Sam Single") =>
    state.idp.accounts.set(email, { email, emailVerified, name });

  beforeAll(async () => {
    const port = await freePort();
    state.appUrl = `http://127.0.0.1:${port}`;
    state.t = await startTestApp(engine, { appUrl: state.appUrl, ssoAllowPrivateIssuer: true, dns });
    await state.t.app.listen({ port, host: "127.0.0.1" });
    state.idp = await startTestIdentityProvider(`${state.appUrl}${SSO_CALLBACK_PATH}`);
    const signedUp = await signUp("owner@acme.test", "Acme");
    state.owner = signedUp.client;
    state.ownerId = signedUp.userId;
    state.orgId = signedUp.orgId;
  });
  afterAll(async () => {
    await state.idp?.close();
    await state.t?.app.close();
    await state.t?.testDb.drop();
  });

  return { state, dns, client, signUp, ssoSettings, inApp, signInWithSso, meOf, userByEmail, addAccount };
}
