import { beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../tests/support/http-client.js";
import type { TestIdentityProvider } from "../../../tests/support/oidc-provider.js";
import { RedirectingBrowser } from "../../../tests/support/redirecting-browser.js";
import {
  SSO_CALLBACK_PATH as CALLBACK_PATH,
  SSO_PASSWORD as PASSWORD,
  ssoWorld,
} from "../../../tests/support/sso-world.js";
import type { TestApp } from "../../../tests/support/test-app.js";
import { testEngines } from "../../../tests/support/test-db.js";

/**
 * End to end against a real OpenID Connect provider (oidc-provider) on
 * loopback: the app listens on 127.0.0.1 and a cookie-keeping client follows
 * every redirect between the two, as a browser would.
 */
for (const engine of testEngines()) {
  describe(`single sign-on with OpenID Connect [${engine}]`, () => {
    const world = ssoWorld(engine);
    const { dns, client, signUp, ssoSettings, inApp, signInWithSso, meOf, userByEmail, addAccount } = world;
    let t: TestApp;
    let appUrl: string;
    let idp: TestIdentityProvider;
    let owner: TestClient;
    let ownerId: string;
    let orgId: string;
    beforeAll(() => {
      ({ t, appUrl, idp, owner, ownerId, orgId } = world.state);
    });

    it("lets an admin configure SSO and never returns the client secret", async () => {
      const empty = await owner.get(`/api/v1/orgs/${orgId}/sso`);
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({ sso: null, redirectUri: `${appUrl}${CALLBACK_PATH}` });

      const missingSecret = await owner.put(`/api/v1/orgs/${orgId}/sso`, { ...ssoSettings(), clientSecret: undefined });
      expect(missingSecret.status).toBe(400);

      const saved = await owner.put(`/api/v1/orgs/${orgId}/sso`, ssoSettings());
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(saved.body.sso).toMatchObject({
        issuerUrl: idp.issuer,
        clientId: idp.clientId,
        clientSecretSet: true,
        emailDomain: "acme.test",
        enabled: true,
      });
      const read = await owner.get(`/api/v1/orgs/${orgId}/sso`);
      // Keeping the secret: leave it out of a change.
      const kept = await owner.put(`/api/v1/orgs/${orgId}/sso`, { ...ssoSettings(), clientSecret: undefined });
      expect(kept.status).toBe(200);
      for (const body of [saved.body, read.body, kept.body]) {
        expect(JSON.stringify(body)).not.toContain(idp.clientSecret);
        expect(body.sso).not.toHaveProperty("clientSecret");
      }
      const row = await t.deps.db.kysely.selectFrom("ssoConfigs").selectAll().executeTakeFirstOrThrow();
      expect(row.clientSecretSealed).not.toContain(idp.clientSecret);
      const audit = await t.deps.db.kysely
        .selectFrom("auditEvents")
        .select("metadata")
        .where("action", "=", "sso.configured")
        .execute();
      expect(audit.length).toBeGreaterThan(0);
      expect(JSON.stringify(audit)).not.toContain(idp.clientSecret);
      const spec = await owner.get("/api/v1/openapi.json");
      expect(Object.keys(spec.body.paths)).toEqual(
        expect.arrayContaining(["/api/v1/orgs/{orgId}/sso", "/api/v1/auth/sso/start", "/api/v1/auth/sso/callback"]),
      );
    });

    it("keeps the settings to the workspace's admins: 403 for a member, 404 for another workspace, 401 signed out", async () => {
      const invite = await owner.post(`/api/v1/orgs/${orgId}/invitations`, {
        email: "member@acme.test",
        role: "member",
      });
      expect(invite.status).toBe(201);
      const member = client();
      const token = String(invite.body.acceptUrl).split("/invite/")[1];
      expect(
        (await member.post(`/api/v1/invitations/${token}/accept`, { name: "Max", password: PASSWORD })).status,
      ).toBe(200);
      const outsider = (await signUp("boss@elsewhere.test", "Elsewhere")).client;
      const anonymous = client();
      const url = `/api/v1/orgs/${orgId}/sso`;
      for (const [who, status] of [
        [member, 403],
        [outsider, 404],
        [anonymous, 401],
      ] as const) {
        expect((await who.get(url)).status).toBe(status);
        expect((await who.put(url, ssoSettings({ issuerUrl: "https://evil.example" }))).status).toBe(status);
        expect((await who.delete(url)).status).toBe(status);
      }
      const after = await owner.get(url);
      expect(after.body.sso.issuerUrl).toBe(idp.issuer);
    });

    it("verifies the e-mail domain by its DNS TXT record, and only then routes sign-ins by e-mail", async () => {
      const settings = await owner.get(`/api/v1/orgs/${orgId}/sso`);
      expect(settings.body.sso.domainVerifiedAt).toBeNull();
      expect(settings.body.sso.domainTxtRecord).toMatch(/^rapport-domain-verification=[A-Za-z0-9_-]{20,}$/);
      const unrouted = await signInWithSso(new RedirectingBrowser(), "email=anyone%40acme.test");
      expect(unrouted.href).toBe(`${appUrl}/login?sso_error=sso_not_configured`);

      dns.txt.set("acme.test", [["v=spf1 -all"], ["rapport-domain-verification=", "someone-elses-token"]]);
      const missing = await owner.post(`/api/v1/orgs/${orgId}/sso/verify-domain`, {});
      expect(missing.status).toBe(400);
      expect(missing.body.error.code).toBe("sso_domain_verification_failed");
      // A long TXT record arrives in chunks: they are joined.
      const record = String(settings.body.sso.domainTxtRecord);
      dns.txt.set("acme.test", [["v=spf1 -all"], [record.slice(0, 20), record.slice(20)]]);
      const verified = await owner.post(`/api/v1/orgs/${orgId}/sso/verify-domain`, {});
      expect(verified.status, JSON.stringify(verified.body)).toBe(200);
      expect(verified.body.sso.domainVerifiedAt).toBe(t.clock.now().toISOString());
      const audit = await t.deps.db.kysely
        .selectFrom("auditEvents")
        .select("action")
        .where("action", "=", "sso.domain_verified")
        .execute();
      expect(audit).toHaveLength(1);
      // Saving again with the same domain keeps it verified.
      const kept = await owner.put(`/api/v1/orgs/${orgId}/sso`, { ...ssoSettings(), clientSecret: undefined });
      expect(kept.body.sso.domainVerifiedAt).not.toBeNull();
    });

    it("refuses a domain another workspace verified, and bad settings with a field path", async () => {
      const other = await signUp("owner@other-co.test", "Other Co");
      const taken = await other.client.put(`/api/v1/orgs/${other.orgId}/sso`, ssoSettings());
      expect(taken.status).toBe(409);
      expect(taken.body.error.code).toBe("sso_domain_taken");
      const insecure = await other.client.put(
        `/api/v1/orgs/${other.orgId}/sso`,
        ssoSettings({ issuerUrl: "http://idp.example.com", emailDomain: "other-co.test" }),
      );
      expect(insecure.status).toBe(400);
      expect(insecure.body.error.field).toBe("issuerUrl");
      const badDomain = await other.client.put(
        `/api/v1/orgs/${other.orgId}/sso`,
        ssoSettings({ emailDomain: "not a domain" }),
      );
      expect(badDomain.status).toBe(400);
      expect(badDomain.body.error.field).toBe("emailDomain");
      // Found by the fuzzer: an issuer that is not a URL at all answered 500.
      for (const issuerUrl of ["", "not a url", "https://"]) {
        const unparsable = await other.client.put(
          `/api/v1/orgs/${other.orgId}/sso`,
          ssoSettings({ issuerUrl, emailDomain: "other-co.test" }),
        );
        expect(unparsable.status, issuerUrl).toBe(400);
        expect(unparsable.body.error.field).toBe("issuerUrl");
      }
    });

    it("creates a new person just in time, as a member of the workspace, with PKCE, state and nonce", async () => {
      addAccount("new.person@acme.test", true, "Nina New");
      const browser = new RedirectingBrowser();
      const landed = await signInWithSso(browser, "email=New.Person%40acme.test&next=%2Fone-on-ones");
      expect(landed.href).toBe(`${appUrl}/one-on-ones`);

      const request = idp.authorizationRequests.at(-1) ?? {};
      expect(request.code_challenge_method).toBe("S256");
      expect(String(request.code_challenge)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(String(request.state).length).toBeGreaterThan(20);
      expect(String(request.nonce).length).toBeGreaterThan(20);
      expect(request.login_hint).toBe("new.person@acme.test");
      expect(request.redirect_uri).toBe(`${appUrl}${CALLBACK_PATH}`);

      const me = await meOf(browser);
      expect(me.status).toBe(200);
      expect(me.body.user).toMatchObject({ email: "new.person@acme.test", name: "Nina New" });
      expect(me.body.memberships).toEqual([
        expect.objectContaining({
          organization: expect.objectContaining({ id: orgId }),
          role: "member",
          status: "active",
        }),
      ]);
      // The attempt is gone and so is the browser's attempt cookie.
      expect(browser.cookies(appUrl).has("rapport_sso")).toBe(false);
      const attempts = await t.deps.db.kysely.selectFrom("ssoLoginAttempts").selectAll().execute();
      expect(attempts).toEqual([]);
      // An SSO-created account has no password to sign in with.
      const password = await client().post("/api/v1/auth/login", { email: "new.person@acme.test", password: "" });
      expect(password.status).toBe(400);
      const guess = await client().post("/api/v1/auth/login", {
        email: "new.person@acme.test",
        password: "sso$no-password",
      });
      expect(guess.status).toBe(401);
    });

    it("keeps signing in a person its provider created before identities were stored", async () => {
      addAccount("early.bird@acme.test", true, "Early Bird");
      const first = new RedirectingBrowser();
      await signInWithSso(first, "email=early.bird%40acme.test");
      expect((await meOf(first)).status).toBe(200);
      // As an account made just in time before migration 0016: an sso.joined event, no stored identity.
      const user = await userByEmail("early.bird@acme.test");
      await t.deps.db.kysely
        .deleteFrom("ssoIdentities")
        .where("userId", "=", user?.id ?? "")
        .execute();

      const again = new RedirectingBrowser();
      const landed = await signInWithSso(again, "email=early.bird%40acme.test");
      expect(landed.pathname).not.toBe("/login");
      expect((await meOf(again)).body.user.email).toBe("early.bird@acme.test");
      const identities = await t.deps.db.kysely
        .selectFrom("ssoIdentities")
        .select("userId")
        .where("userId", "=", user?.id ?? "")
        .execute();
      expect(identities).toHaveLength(1);
    });

    it("links an existing member's account only after they confirm with their password, then signs them in", async () => {
      addAccount("owner@acme.test", true, "Someone Else");
      // Started from the workspace there is no login hint: the person "types" their e-mail at the provider.
      idp.signInAs = "owner@acme.test";
      const browser = new RedirectingBrowser();
      const landed = await signInWithSso(browser, `orgId=${orgId}`).finally(() => {
        idp.signInAs = null;
      });
      expect(landed.href).toBe(`${appUrl}/login?sso_link=pending`);
      expect(browser.cookies(appUrl).has("rapport_session")).toBe(false);
      // Only this browser sees what waits for confirmation.
      expect((await client().get("/api/v1/auth/sso/pending-link")).status).toBe(404);
      const pending = await browser.request(`${appUrl}/api/v1/auth/sso/pending-link`);
      expect(pending).toEqual({ status: 200, body: { organizationName: "Acme", email: "owner@acme.test" } });
      // The wrong password links nothing (and counts as a failed sign-in).
      const wrong = await browser.request(`${appUrl}/api/v1/auth/sso/confirm-link`, "POST", { password: "wrong" });
      expect(wrong.status).toBe(401);
      // Another browser, without the link, cannot confirm it even with the password.
      const elsewhere = await new RedirectingBrowser().request(`${appUrl}/api/v1/auth/sso/confirm-link`, "POST", {
        password: PASSWORD,
      });
      expect(elsewhere.status).toBe(404);
      const confirmed = await browser.request(`${appUrl}/api/v1/auth/sso/confirm-link`, "POST", {
        password: PASSWORD,
      });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.user.id).toBe(ownerId);
      expect(browser.cookies(appUrl).has("rapport_session")).toBe(true);
      expect(browser.cookies(appUrl).has("rapport_sso_link")).toBe(false);
      const linked = await t.deps.db.kysely
        .selectFrom("ssoIdentities")
        .selectAll()
        .where("userId", "=", ownerId)
        .execute();
      expect(linked).toEqual([
        expect.objectContaining({ organizationId: orgId, issuer: idp.issuer, subject: "owner@acme.test" }),
      ]);
      expect((await browser.request(`${appUrl}/api/v1/auth/sso/pending-link`)).status).toBe(404);

      idp.signInAs = "owner@acme.test";
      const again = new RedirectingBrowser();
      const signedIn = await signInWithSso(again, `orgId=${orgId}`).finally(() => {
        idp.signInAs = null;
      });
      expect(signedIn.href).toBe(`${appUrl}/`);
      const me = await meOf(again);
      expect(me.body.user).toMatchObject({ id: ownerId, email: "owner@acme.test", name: "Olivia Owner" });
      expect(me.body.memberships[0]).toMatchObject({ role: "owner" });
      // Held to the workspace whose provider signed them in.
      const sessions = await t.deps.db.kysely
        .selectFrom("sessions")
        .selectAll()
        .where("userId", "=", ownerId)
        .execute();
      expect(sessions.map((s) => s.organizationId ?? null)).toContain(orgId);
    });

    it("refuses an e-mail outside the workspace's domain", async () => {
      addAccount("intruder@other.test");
      idp.signInAs = "intruder@other.test";
      try {
        const landed = await signInWithSso(new RedirectingBrowser(), "email=anyone%40acme.test");
        expect(landed.href).toBe(`${appUrl}/login?sso_error=sso_wrong_domain`);
      } finally {
        idp.signInAs = null;
      }
      expect(await userByEmail("intruder@other.test")).toBeUndefined();
      const audit = await t.deps.db.kysely
        .selectFrom("auditEvents")
        .select("metadata")
        .where("action", "=", "sso.sign_in.failure")
        .execute();
      expect(audit.map((a) => JSON.parse(a.metadata ?? "{}").reason)).toContain("sso_wrong_domain");
    });

    it("refuses an e-mail the provider has not verified", async () => {
      addAccount("unverified@acme.test", false);
      const browser = new RedirectingBrowser();
      const landed = await signInWithSso(browser, "email=unverified%40acme.test");
      expect(landed.href).toBe(`${appUrl}/login?sso_error=sso_email_unverified`);
      expect(await userByEmail("unverified@acme.test")).toBeUndefined();
      expect(browser.cookies(appUrl).has("rapport_session")).toBe(false);
    });

    it("refuses a tampered state, a replayed callback and a callback from another browser", async () => {
      addAccount("replay@acme.test");
      const atCallback = (next: URL) => next.pathname === CALLBACK_PATH;
      const start = `${appUrl}/api/v1/auth/sso/start?email=replay%40acme.test`;

      const tamperer = new RedirectingBrowser();
      const tampered = (await tamperer.navigate(start, atCallback)).url;
      tampered.searchParams.set("state", `${tampered.searchParams.get("state")}x`);
      expect((await tamperer.navigate(tampered.href, inApp)).url.href).toBe(
        `${appUrl}/login?sso_error=sso_state_invalid`,
      );

      const victim = new RedirectingBrowser();
      const forged = (await new RedirectingBrowser().navigate(start, atCallback)).url;
      expect((await victim.navigate(forged.href, inApp)).url.href).toBe(`${appUrl}/login?sso_error=sso_state_invalid`);
      expect(victim.cookies(appUrl).has("rapport_session")).toBe(false);

      const browser = new RedirectingBrowser();
      const callback = (await browser.navigate(start, atCallback)).url;
      const attemptCookie = browser.cookies(appUrl).get("rapport_sso") ?? "";
      expect(attemptCookie).not.toBe("");
      expect((await browser.navigate(callback.href, inApp)).url.href).toBe(`${appUrl}/`);
      // Same URL again, even with the attempt cookie put back: the attempt was used up.
      browser.cookies(appUrl).set("rapport_sso", attemptCookie);
      expect((await browser.navigate(callback.href, inApp)).url.href).toBe(
        `${appUrl}/login?sso_error=sso_state_invalid`,
      );
    });

    it("explains a refusal by the provider (the person cancelled at the provider)", async () => {
      const browser = new RedirectingBrowser();
      const atProvider = (next: URL) => next.origin === idp.issuer;
      const authorize = (await browser.navigate(`${appUrl}/api/v1/auth/sso/start?email=replay%40acme.test`, atProvider))
        .url;
      const state = authorize.searchParams.get("state") ?? "";
      const denied = new URL(`${appUrl}${CALLBACK_PATH}`);
      denied.search = new URLSearchParams({ error: "access_denied", state, iss: idp.issuer }).toString();
      expect((await browser.navigate(denied.href, inApp)).url.href).toBe(`${appUrl}/login?sso_error=sso_denied`);
    });

    it("refuses a deactivated member and an account that belongs to other workspaces only", async () => {
      const user = await userByEmail("new.person@acme.test");
      const patched = await owner.patch(`/api/v1/orgs/${orgId}/people/${user?.id}`, { status: "deactivated" });
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);
      const deactivated = await signInWithSso(new RedirectingBrowser(), "email=new.person%40acme.test");
      expect(deactivated.href).toBe(`${appUrl}/login?sso_error=sso_member_deactivated`);

      await signUp("elsewhere@acme.test", "Someone else's workspace");
      addAccount("elsewhere@acme.test");
      const outsider = new RedirectingBrowser();
      const landed = await signInWithSso(outsider, "email=elsewhere%40acme.test");
      expect(landed.href).toBe(`${appUrl}/login?sso_error=sso_not_member`);
      expect(outsider.cookies(appUrl).has("rapport_session")).toBe(false);
    });

    it("only lands on a path of this app after signing in", async () => {
      addAccount("owner@acme.test");
      const landed = await signInWithSso(
        new RedirectingBrowser(),
        "email=owner%40acme.test&next=%2F%2Fevil.example%2F",
      );
      expect(landed.href).toBe(`${appUrl}/`);
    });

    it("lets an admin remove the settings, after which SSO is off", async () => {
      expect((await owner.delete(`/api/v1/orgs/${orgId}/sso`)).status).toBe(204);
      expect((await owner.delete(`/api/v1/orgs/${orgId}/sso`)).status).toBe(404);
      const landed = await signInWithSso(new RedirectingBrowser(), "email=owner%40acme.test");
      expect(landed.href).toBe(`${appUrl}/login?sso_error=sso_not_configured`);
    });
  });
}
