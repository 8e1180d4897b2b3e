/**
 * Attacker: anyone who can get a victim to open a link, with an account at a workspace's provider.
 * Chain: (1) login CSRF: run a sign-in in their own browser up to the provider's answer and send the victim
 * the callback URL, so the victim's browser is signed in as the attacker (and types notes into the
 * attacker's account); (2) replay a used callback; (3) send the victim to the pending-link page or the
 * confirm-link route with their own pending link; (4) start SSO with another workspace's id and an e-mail of
 * a domain it does not hold, or with a `next` that leaves the app.
 * Rule: P7 and the session rules: a callback completes only in the browser that started it, once; a pending
 * link belongs to the browser that came back from the provider; a sign-in lands only inside the app.
 * Legitimate path beside it: the same sign-in completes in the browser that started it.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { TestIdentityProvider } from "../support/oidc-provider.js";
import { FakeDns } from "../support/test-app.js";
import { describeAttack } from "./support/attack-world.js";
import * as stage from "./support/sso-stage.js";

const dns = new FakeDns();

describeAttack(
  "SSO login CSRF, callback replay and pending links across browsers",
  (w) => {
    let idp: TestIdentityProvider;
    let owner: stage.Person;
    let other: stage.Person;
    const atCallback = (next: URL) => next.pathname === stage.CALLBACK_PATH;
    const inApp = (next: URL) => next.origin === w.current.baseUrl && !next.pathname.startsWith("/api/");

    beforeAll(async () => {
      idp = await stage.startIdp(w.current);
      owner = await stage.signUp(w.current, "owner@csrf.test", "CSRF Corp");
      expect(
        (await owner.client.put(`/api/v1/orgs/${owner.orgId}/sso`, stage.ssoSettings(idp, "csrf.test"))).status,
      ).toBe(200);
      await stage.verifyDomain(owner, dns);
      other = await stage.signUp(w.current, "owner@other-csrf.test", "Other Corp");
      await stage.join(w.current, owner, "member@csrf.test");
      idp.accounts.set("attacker@csrf.test", { email: "attacker@csrf.test", emailVerified: true, name: "Attacker" });
      idp.accounts.set("member@csrf.test", { email: "member@csrf.test", emailVerified: true, name: "Member" });
    });
    afterAll(async () => idp?.close());

    it("a callback from the attacker's browser does not sign the victim in, and is not replayable", async () => {
      const start = `${w.current.baseUrl}/api/v1/auth/sso/start?email=attacker%40csrf.test`;
      const attacker = stage.browser();
      const callback = (await attacker.navigate(start, atCallback)).url;
      const victim = stage.browser();
      const landed = (await victim.navigate(callback.href, inApp)).url;
      expect(landed.href).toBe(`${w.current.baseUrl}/login?sso_error=sso_state_invalid`);
      expect(victim.cookies(w.current.baseUrl).has("rapport_session")).toBe(false);
      // The attempt still belongs to the browser that started it (the victim's try neither used nor stole it);
      // once used there, the same callback is dead everywhere.
      expect((await attacker.navigate(callback.href, inApp)).url.href).toBe(`${w.current.baseUrl}/`);
      expect((await victim.navigate(callback.href, inApp)).url.href).toBe(
        `${w.current.baseUrl}/login?sso_error=sso_state_invalid`,
      );
      expect(victim.cookies(w.current.baseUrl).has("rapport_session")).toBe(false);
    });

    it("legitimate: the browser that started the sign-in finishes it, once", async () => {
      const start = `${w.current.baseUrl}/api/v1/auth/sso/start?email=attacker%40csrf.test`;
      const own = stage.browser();
      const callback = (await own.navigate(start, atCallback)).url;
      const attemptCookie = own.cookies(w.current.baseUrl).get("rapport_sso") ?? "";
      expect((await own.navigate(callback.href, inApp)).url.href).toBe(`${w.current.baseUrl}/`);
      own.cookies(w.current.baseUrl).set("rapport_sso", attemptCookie);
      const replay = stage.browser();
      replay.cookies(w.current.baseUrl).set("rapport_sso", attemptCookie);
      expect((await replay.navigate(callback.href, inApp)).url.href).toBe(
        `${w.current.baseUrl}/login?sso_error=sso_state_invalid`,
      );
    });

    it("a pending link stays in the browser that came back from the provider", async () => {
      const linking = stage.browser();
      idp.signInAs = "member@csrf.test";
      const landed = await stage.signInWithSso(w.current, linking, `orgId=${owner.orgId}`).finally(() => {
        idp.signInAs = null;
      });
      expect(landed.searchParams.get("sso_link")).toBe("pending");
      const elsewhere = stage.browser();
      expect((await elsewhere.request(`${w.current.baseUrl}/api/v1/auth/sso/pending-link`)).status).toBe(404);
      const confirm = await elsewhere.request(`${w.current.baseUrl}/api/v1/auth/sso/confirm-link`, "POST", {
        password: "correct horse battery",
      });
      expect(confirm.status).toBe(404);
      // A forged cookie is not a pending link either.
      elsewhere.cookies(w.current.baseUrl).set("rapport_sso_link", "forged.token");
      expect((await elsewhere.request(`${w.current.baseUrl}/api/v1/auth/sso/pending-link`)).status).toBe(404);
      // Cross-site, the confirmation is refused outright.
      const cookie = [...linking.cookies(w.current.baseUrl)].map(([k, v]) => `${k}=${v}`).join("; ");
      const crossSite = await fetch(`${w.current.baseUrl}/api/v1/auth/sso/confirm-link`, {
        method: "POST",
        headers: { cookie, origin: "https://evil.example", "content-type": "application/json" },
        body: JSON.stringify({ password: "correct horse battery" }),
      });
      expect(crossSite.status).toBe(403);
    });

    it("another workspace's id with this domain's e-mail, or a next= off the app, goes nowhere else", async () => {
      const mismatch = await stage.signInWithSso(
        w.current,
        stage.browser(),
        `orgId=${other.orgId}&email=attacker%40csrf.test`,
      );
      expect(mismatch.href).toBe(`${w.current.baseUrl}/login?sso_error=sso_not_configured`);
      for (const next of ["//evil.example/", "https://evil.example/", "/\\evil.example", "/%0d%0aSet-Cookie:x=1"]) {
        const own = stage.browser();
        const landed = await stage.signInWithSso(
          w.current,
          own,
          `email=attacker%40csrf.test&next=${encodeURIComponent(next)}`,
        );
        expect(landed.origin, next).toBe(w.current.baseUrl);
        expect(landed.pathname === "/" || landed.pathname.startsWith("/%0")).toBe(true);
      }
    });
  },
  { ssoAllowPrivateIssuer: true, dns },
);
