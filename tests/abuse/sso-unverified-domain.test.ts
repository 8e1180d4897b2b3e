/**
 * Attacker: the admin of a workspace of their own, with an identity provider they run.
 * Chain: they claim BigCo's e-mail domain in their SSO settings before BigCo does. Before the fix the first
 * claim won: "sign in with your work e-mail" sent every BigCo employee to the attacker's provider, new
 * BigCo addresses joined the attacker's workspace just in time, and BigCo's own admin got 409 for its domain.
 * Rule: P7 (finding 1): routing sign-ins by e-mail domain needs a domain verified by a DNS TXT record; an
 * unverified domain routes nobody, creates no accounts and blocks no other workspace.
 * Legitimate path beside it: BigCo saves and verifies its domain, and a new BigCo employee signs in by
 * e-mail through BigCo's provider, just in time.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { TestIdentityProvider } from "../support/oidc-provider.js";
import { FakeDns } from "../support/test-app.js";
import { describeAttack } from "./support/attack-world.js";
import * as stage from "./support/sso-stage.js";

const dns = new FakeDns();

describeAttack(
  "SSO domain squatting: a workspace claims another company's e-mail domain",
  (w) => {
    let attackerIdp: TestIdentityProvider;
    let bigcoIdp: TestIdentityProvider;
    let attacker: stage.Person;
    let bigco: stage.Person;
    const userByEmail = (email: string) =>
      w.current.deps.db.kysely.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();

    beforeAll(async () => {
      attackerIdp = await stage.startIdp(w.current);
      bigcoIdp = await stage.startIdp(w.current);
      attacker = await stage.signUp(w.current, "mallory@squat.test", "Squatters");
      bigco = await stage.signUp(w.current, "owner@bigco.test", "BigCo");
      for (const idp of [attackerIdp, bigcoIdp]) {
        idp.accounts.set("newhire@bigco.test", { email: "newhire@bigco.test", emailVerified: true, name: "Nat Hire" });
      }
    });
    afterAll(async () => {
      await attackerIdp?.close();
      await bigcoIdp?.close();
    });

    it("the squatter's unverified claim routes nobody, creates no one, and blocks BigCo", async () => {
      const squat = await attacker.client.put(
        `/api/v1/orgs/${attacker.orgId}/sso`,
        stage.ssoSettings(attackerIdp, "bigco.test"),
      );
      expect(squat.status, JSON.stringify(squat.body)).toBe(200);
      const own = await bigco.client.put(`/api/v1/orgs/${bigco.orgId}/sso`, stage.ssoSettings(bigcoIdp, "bigco.test"));
      expect(own.status, JSON.stringify(own.body)).toBe(200);
      expect(squat.body.sso.domainVerifiedAt).toBeNull();

      // Nobody is routed while neither is verified.
      const byEmail = await stage.signInWithSso(w.current, stage.browser(), "email=newhire%40bigco.test");
      expect(byEmail.href).toBe(`${w.current.baseUrl}/login?sso_error=sso_not_configured`);
      expect(attackerIdp.authorizationRequests).toEqual([]);
      // Started from the squatter's workspace, the provider's new address joins nobody.
      attackerIdp.signInAs = "newhire@bigco.test";
      const jit = await stage.signInWithSso(w.current, stage.browser(), `orgId=${attacker.orgId}`).finally(() => {
        attackerIdp.signInAs = null;
      });
      expect(jit.href).toBe(`${w.current.baseUrl}/login?sso_error=sso_domain_unverified`);
      expect(await userByEmail("newhire@bigco.test")).toBeUndefined();
    });

    it("the squatter cannot verify the domain, not even with BigCo's record published", async () => {
      const failed = await attacker.client.post(`/api/v1/orgs/${attacker.orgId}/sso/verify-domain`, {});
      expect(failed.status).toBe(400);
      expect(failed.body.error.code).toBe("sso_domain_verification_failed");
      await stage.verifyDomain(bigco, dns);
      // Even were the squatter's own token published beside BigCo's, a domain is verified for one workspace.
      const squatter = await attacker.client.get(`/api/v1/orgs/${attacker.orgId}/sso`);
      dns.txt.set("bigco.test", [...(dns.txt.get("bigco.test") ?? []), [squatter.body.sso.domainTxtRecord]]);
      const taken = await attacker.client.post(`/api/v1/orgs/${attacker.orgId}/sso/verify-domain`, {});
      expect(taken.status).toBe(409);
      expect(taken.body.error.code).toBe("sso_domain_taken");
      // And a verified domain cannot be claimed again.
      const reclaim = await attacker.client.put(
        `/api/v1/orgs/${attacker.orgId}/sso`,
        stage.ssoSettings(attackerIdp, "bigco.test", { clientSecret: undefined }),
      );
      expect(reclaim.status).toBe(409);
    });

    it("legitimate: once BigCo verified its domain, a new employee signs in by e-mail through BigCo's provider", async () => {
      const squatterRequests = attackerIdp.authorizationRequests.length;
      const newhire = stage.browser();
      const landed = await stage.signInWithSso(w.current, newhire, "email=newhire%40bigco.test");
      expect(landed.href).toBe(`${w.current.baseUrl}/`);
      expect(bigcoIdp.authorizationRequests.at(-1)?.login_hint).toBe("newhire@bigco.test");
      expect(attackerIdp.authorizationRequests.length).toBe(squatterRequests);
      const me = await newhire.request(`${w.current.baseUrl}/api/v1/me`);
      expect(me.body.memberships.map((m: { organization: { id: string } }) => m.organization.id)).toEqual([
        bigco.orgId,
      ]);
      expect((await stage.sessionRowOf(w.current, newhire))?.organizationId).toBe(bigco.orgId);
    });

    it("changing the domain starts verification over", async () => {
      const moved = await bigco.client.put(
        `/api/v1/orgs/${bigco.orgId}/sso`,
        stage.ssoSettings(bigcoIdp, "bigco-eu.test", { clientSecret: undefined }),
      );
      expect(moved.status).toBe(200);
      expect(moved.body.sso.domainVerifiedAt).toBeNull();
      const byEmail = await stage.signInWithSso(w.current, stage.browser(), "email=someone%40bigco-eu.test");
      expect(byEmail.href).toBe(`${w.current.baseUrl}/login?sso_error=sso_not_configured`);
      // The old domain is free again for whoever proves it.
      const old = await stage.signInWithSso(w.current, stage.browser(), "email=newhire%40bigco.test");
      expect(old.href).toBe(`${w.current.baseUrl}/login?sso_error=sso_not_configured`);
    });
  },
  { ssoAllowPrivateIssuer: true, dns },
);
