/**
 * Attacker: the admin of workspace B, after Vera (owner of A, member of B) linked B's single sign-on.
 * Chain: (1) swap B's issuer for a provider they run, which asserts Vera's e-mail and even her subject,
 * hoping the old link carries over; (2) with B's real provider (which B's admin governs), get a session as
 * Vera held to B, then widen it: mint an API token, export her data, or read her calendar feed, all of
 * which reach every workspace.
 * Rule: P7 (finding 1): a link is to one issuer in one workspace; a provider's session reaches that
 * workspace only, through whatever it mints.
 * Legitimate path beside it: Vera signs in through B's provider and works in B.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSWORD } from "../support/factories.js";
import type { TestIdentityProvider } from "../support/oidc-provider.js";
import type { RedirectingBrowser } from "../support/redirecting-browser.js";
import { describeAttack } from "./support/attack-world.js";
import * as stage from "./support/sso-stage.js";

describeAttack(
  "SSO issuer swap and scope escape: B's admin reuses Vera's link",
  (w) => {
    let realIdp: TestIdentityProvider;
    let evilIdp: TestIdentityProvider;
    let vera: stage.Person;
    let bAdmin: stage.Person;
    let oneOnOneId: string;
    const veraEmail = "vera@a-corp.test";
    const signInAsVera = async (b: RedirectingBrowser, idp: TestIdentityProvider) => {
      idp.signInAs = veraEmail;
      try {
        return await stage.signInWithSso(w.current, b, `orgId=${bAdmin.orgId}`);
      } finally {
        idp.signInAs = null;
      }
    };

    beforeAll(async () => {
      realIdp = await stage.startIdp(w.current);
      evilIdp = await stage.startIdp(w.current);
      vera = await stage.signUp(w.current, veraEmail, "A Corp");
      const tom = await stage.join(w.current, vera, "tom@a-corp.test");
      const tomId = (await tom.get("/api/v1/me")).body.user.id;
      const created = await vera.client.post("/api/v1/one-on-ones", {
        teammateId: tomId,
        cadence: { frequency: "weekly" },
        firstMeetingAt: new Date(w.current.clock.now().getTime() + 86_400_000).toISOString(),
        timezone: "UTC",
        durationMinutes: 30,
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      oneOnOneId = created.body.id;

      bAdmin = await stage.signUp(w.current, "boss@b-corp.test", "B Corp", "the boss's own password");
      await stage.join(w.current, bAdmin, veraEmail);
      expect(
        (await bAdmin.client.put(`/api/v1/orgs/${bAdmin.orgId}/sso`, stage.ssoSettings(realIdp, "a-corp.test"))).status,
      ).toBe(200);
      for (const idp of [realIdp, evilIdp]) {
        idp.accounts.set(veraEmail, { email: veraEmail, emailVerified: true, name: "Vera" });
      }
      // Vera links B's sign-in herself.
      const own = stage.browser();
      expect((await signInAsVera(own, realIdp)).searchParams.get("sso_link")).toBe("pending");
      const confirmed = await own.request(`${w.current.baseUrl}/api/v1/auth/sso/confirm-link`, "POST", {
        password: PASSWORD,
      });
      expect(confirmed.status).toBe(200);
    });
    afterAll(async () => {
      await realIdp?.close();
      await evilIdp?.close();
    });

    it("a swapped issuer does not inherit Vera's link, even asserting the same subject", async () => {
      const swapped = await bAdmin.client.put(
        `/api/v1/orgs/${bAdmin.orgId}/sso`,
        stage.ssoSettings(evilIdp, "a-corp.test"),
      );
      expect(swapped.status).toBe(200);
      const mallory = stage.browser();
      const landed = await signInAsVera(mallory, evilIdp);
      expect(mallory.cookies(w.current.baseUrl).has("rapport_session"), "a session from the new issuer").toBe(false);
      expect(landed.searchParams.get("sso_link")).toBe("pending");
      expect((await stage.identitiesOf(w.current, vera.userId)).map((i) => i.issuer)).toEqual([realIdp.issuer]);
      // The swap was announced to the owners of B (here, the admin who did it is B's owner).
      expect(w.current.mailTo(bAdmin.email).some((m) => m.includes(evilIdp.issuer))).toBe(true);
      // Back to the real provider for the next story.
      expect(
        (await bAdmin.client.put(`/api/v1/orgs/${bAdmin.orgId}/sso`, stage.ssoSettings(realIdp, "a-corp.test"))).status,
      ).toBe(200);
    });

    it("legitimate: Vera signs in through B's provider again and works in B", async () => {
      const viaB = stage.browser();
      expect((await signInAsVera(viaB, realIdp)).href).toBe(`${w.current.baseUrl}/`);
      const row = await stage.sessionRowOf(w.current, viaB);
      expect(row?.userId).toBe(vera.userId);
      expect(row?.organizationId).toBe(bAdmin.orgId);
      expect((await viaB.request(`${w.current.baseUrl}/api/v1/orgs/${bAdmin.orgId}/people`)).status).toBe(200);
    });

    // Depends on the session-scope branch (account-wide routes honour actor.organizationScope).
    it("a session held to B cannot widen itself: no token, export or feed reaches A", async () => {
      const viaB = stage.browser();
      await signInAsVera(viaB, realIdp);
      expect((await stage.sessionRowOf(w.current, viaB))?.organizationId).toBe(bAdmin.orgId);
      const base = w.current.baseUrl;

      const minted = await viaB.request(`${base}/api/v1/tokens`, "POST", { name: "escape", scopes: ["read"] });
      if (minted.status === 201) {
        const c = w.current.client();
        c.bearer = minted.body.token;
        expect((await c.get(`/api/v1/one-on-ones/${oneOnOneId}`)).status, "A's 1:1 with a token minted in B").toBe(404);
      } else {
        expect(minted.status).toBe(403);
      }
      const exported = await viaB.request(`${base}/api/v1/export`);
      expect(JSON.stringify(exported.body)).not.toContain(oneOnOneId);
      expect(JSON.stringify(exported.body)).not.toContain("A Corp");
      const feed = await viaB.request(`${base}/api/v1/calendar-feed`);
      if (feed.status === 200 && typeof feed.body.url === "string") {
        const ics = await (await fetch(feed.body.url)).text();
        expect(ics).not.toContain("tom@a-corp.test");
      }
      expect((await viaB.request(`${base}/api/v1/one-on-ones/${oneOnOneId}`)).status).toBe(404);
    });
  },
  { ssoAllowPrivateIssuer: true },
);
