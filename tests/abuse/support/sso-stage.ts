import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { hashToken } from "../../../server/modules/auth/secret-tokens.js";
import { PASSWORD } from "../../support/factories.js";
import type { TestClient } from "../../support/http-client.js";
import { startTestIdentityProvider, type TestIdentityProvider } from "../../support/oidc-provider.js";
import { RedirectingBrowser } from "../../support/redirecting-browser.js";
import type { FakeDns } from "../../support/test-app.js";
import type { AttackWorld } from "./attack-world.js";

export const CALLBACK_PATH = "/api/v1/auth/sso/callback";

/** A person signed up with their own workspace, with a cookie-keeping client. */
export interface Person {
  client: TestClient;
  userId: string;
  email: string;
  orgId: string;
}

const unique = () => randomBytes(3).toString("hex");

/** A real OpenID Connect provider on loopback, registered for this app's callback. */
export const startIdp = (w: AttackWorld) => startTestIdentityProvider(`${w.baseUrl}${CALLBACK_PATH}`);

/** Signs up `email` with a new workspace. */
export async function signUp(
  w: AttackWorld,
  email: string,
  organizationName = `Org ${unique()}`,
  password = PASSWORD,
): Promise<Person> {
  const client = w.client();
  const res = await client.post("/api/v1/auth/signup", { email, password, name: email, organizationName });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { client, userId: res.body.user.id, email, orgId: res.body.organization.id };
}

/** Invites `email` into the owner's workspace; the person accepts (an existing account confirms with its password). */
export async function join(
  w: AttackWorld,
  owner: Person,
  email: string,
  role: "member" | "admin" | "owner" = "member",
): Promise<TestClient> {
  const invite = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, { email, role });
  expect(invite.status, JSON.stringify(invite.body)).toBe(201);
  const client = w.client();
  const token = String(invite.body.acceptUrl).split("/invite/")[1];
  const accepted = await client.post(`/api/v1/invitations/${token}/accept`, { name: email, password: PASSWORD });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return client;
}

/** The settings pointing a workspace at a provider, for an e-mail domain. */
export const ssoSettings = (idp: TestIdentityProvider, emailDomain: string, more: Record<string, unknown> = {}) => ({
  issuerUrl: idp.issuer,
  clientId: idp.clientId,
  clientSecret: idp.clientSecret,
  emailDomain,
  enabled: true,
  ...more,
});

/** Publishes the workspace's TXT record in the fake DNS and verifies the domain. */
export async function verifyDomain(owner: Person, dns: FakeDns): Promise<void> {
  const settings = await owner.client.get(`/api/v1/orgs/${owner.orgId}/sso`);
  expect(settings.status, JSON.stringify(settings.body)).toBe(200);
  dns.txt.set(settings.body.sso.emailDomain, [[settings.body.sso.domainTxtRecord]]);
  const verified = await owner.client.post(`/api/v1/orgs/${owner.orgId}/sso/verify-domain`, {});
  expect(verified.status, JSON.stringify(verified.body)).toBe(200);
}

/** Lands back in the app: a page, not an API route. */
const inApp = (w: AttackWorld) => (next: URL) => next.origin === w.baseUrl && !next.pathname.startsWith("/api/");

/** Runs a whole SSO sign-in in `browser`; answers the app page it lands on. */
export async function signInWithSso(w: AttackWorld, browser: RedirectingBrowser, query: string): Promise<URL> {
  return (await browser.navigate(`${w.baseUrl}/api/v1/auth/sso/start?${query}`, inApp(w))).url;
}

/** The session row of the browser's session cookie, if any. */
export async function sessionRowOf(w: AttackWorld, browser: RedirectingBrowser) {
  const cookie = browser.cookies(w.baseUrl).get("rapport_session");
  if (!cookie) return undefined;
  const signed = decodeURIComponent(cookie);
  const token = signed.slice(0, signed.lastIndexOf("."));
  return w.deps.db.kysely
    .selectFrom("sessions")
    .selectAll()
    .where("tokenHash", "=", hashToken(token))
    .executeTakeFirst();
}

/** The linked identities of a person. */
export const identitiesOf = (w: AttackWorld, userId: string) =>
  w.deps.db.kysely.selectFrom("ssoIdentities").selectAll().where("userId", "=", userId).execute();

/** A fresh browser. */
export const browser = () => new RedirectingBrowser();
