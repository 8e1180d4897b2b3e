/**
 * Attacker: the admin of workspace B, who runs their own identity provider.
 * Chain: Vera owns workspace A (a 1:1 with a private note) and is also a member of B. B's admin points B's
 * SSO at their provider, claims Vera's e-mail domain, and has the provider assert Vera's e-mail. Before the
 * fix the callback signed the attacker in as Vera, with a session that read her 1:1s and private notes in A.
 * Rule: P7 (finding 1): a sign-in through a workspace's provider reaches that workspace only, and links an
 * existing account only after its owner confirms with their password.
 * Legitimate paths beside it: a just-in-time user of a verified domain signs in; Vera herself links B's
 * sign-in with her password and then signs in through B's provider, held to B.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSWORD } from "../support/factories.js";
import type { TestIdentityProvider } from "../support/oidc-provider.js";
import { FakeDns } from "../support/test-app.js";
import { describeAttack } from "./support/attack-world.js";
import * as stage from "./support/sso-stage.js";

const dns = new FakeDns();
const MALLORYS_PASSWORD = "mallory's own password";

describeAttack(
  "SSO takeover: a workspace's own identity provider asserts a member's e-mail",
  (w) => {
    let idp: TestIdentityProvider;
    let vera: stage.Person;
    let attacker: stage.Person;
    let oneOnOneId: string;
    let meetingId: string;
    const veraEmail = "vera@a-corp.test";

    beforeAll(async () => {
      idp = await stage.startIdp(w.current);
      vera = await stage.signUp(w.current, veraEmail, "A Corp");
      const tom = await stage.join(w.current, vera, "tom@a-corp.test");
      const me = await tom.get("/api/v1/me");
      const first = new Date(w.current.clock.now().getTime() + 24 * 3600 * 1000).toISOString();
      const created = await vera.client.post("/api/v1/one-on-ones", {
        teammateId: me.body.user.id,
        cadence: { frequency: "weekly" },
        firstMeetingAt: first,
        timezone: "UTC",
        durationMinutes: 30,
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      oneOnOneId = created.body.id;
      meetingId = created.body.nextMeeting.id;
      const note = await vera.client.put(`/api/v1/meetings/${meetingId}/notes/private`, {
        body: "Vera's private note",
        baseVersion: 0,
      });
      expect(note.status, JSON.stringify(note.body)).toBe(200);

      attacker = await stage.signUp(w.current, "mallory@b-corp.test", "B Corp", MALLORYS_PASSWORD);
      await stage.join(w.current, attacker, veraEmail);
      idp.accounts.set(veraEmail, { email: veraEmail, emailVerified: true, name: "Vera (asserted by Mallory)" });
    });
    afterAll(async () => idp?.close());

    it("B's provider asserting Vera's e-mail gives the attacker no session, and links nothing", async () => {
      const saved = await attacker.client.put(
        `/api/v1/orgs/${attacker.orgId}/sso`,
        stage.ssoSettings(idp, "a-corp.test"),
      );
      // Claiming someone else's domain is allowed while unverified: it routes nobody and blocks no one.
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);

      const mallory = stage.browser();
      idp.signInAs = veraEmail;
      const landed = await stage.signInWithSso(w.current, mallory, `orgId=${attacker.orgId}`).finally(() => {
        idp.signInAs = null;
      });
      expect(mallory.cookies(w.current.baseUrl).has("rapport_session"), "a session for the attacker").toBe(false);
      expect(landed.pathname).toBe("/login");
      expect(landed.searchParams.get("sso_link")).toBe("pending");
      // Without a session, nothing of Vera's is readable.
      const oneOnOne = await mallory.request(`${w.current.baseUrl}/api/v1/one-on-ones/${oneOnOneId}`);
      expect(oneOnOne.status).toBe(401);
      const meeting = await mallory.request(`${w.current.baseUrl}/api/v1/meetings/${meetingId}`);
      expect(meeting.status).toBe(401);

      // The confirmation needs Vera's password: a guess fails, and so does the attacker's own password.
      const pending = await mallory.request(`${w.current.baseUrl}/api/v1/auth/sso/pending-link`);
      expect(pending.body).toEqual({ organizationName: "B Corp", email: veraEmail });
      for (const password of ["not her password", `${PASSWORD} `]) {
        const guess = await mallory.request(`${w.current.baseUrl}/api/v1/auth/sso/confirm-link`, "POST", { password });
        expect(guess.status).toBe(401);
      }
      // Signing in as themselves, with the pending link in the browser, links nothing.
      const own = await mallory.request(`${w.current.baseUrl}/api/v1/auth/login`, "POST", {
        email: attacker.email,
        password: MALLORYS_PASSWORD,
      });
      expect(own.status).toBe(200);
      const asSelf = await mallory.request(`${w.current.baseUrl}/api/v1/auth/sso/confirm-link`, "POST", {
        password: MALLORYS_PASSWORD,
      });
      expect(asSelf.status, "the attacker's password for Vera's link").toBe(401);
      expect(await stage.identitiesOf(w.current, vera.userId)).toEqual([]);
      expect(await stage.identitiesOf(w.current, attacker.userId)).toEqual([]);
      expect(w.current.mailTo(veraEmail).some((m) => m.includes("linked"))).toBe(false);
      const again = stage.browser();
      idp.signInAs = veraEmail;
      await stage.signInWithSso(w.current, again, `orgId=${attacker.orgId}`).finally(() => {
        idp.signInAs = null;
      });
      expect(again.cookies(w.current.baseUrl).has("rapport_session")).toBe(false);
    });

    it("an unverified claim routes nobody: starting by Vera's e-mail does not reach B's provider", async () => {
      const before = idp.authorizationRequests.length;
      const landed = await stage.signInWithSso(w.current, stage.browser(), `email=${encodeURIComponent(veraEmail)}`);
      expect(landed.href).toBe(`${w.current.baseUrl}/login?sso_error=sso_not_configured`);
      expect(idp.authorizationRequests.length).toBe(before);
      // And the attacker cannot verify a domain they do not control.
      const verify = await attacker.client.post(`/api/v1/orgs/${attacker.orgId}/sso/verify-domain`, {});
      expect(verify.status).toBe(400);
      expect(verify.body.error.code).toBe("sso_domain_verification_failed");
      // Nor create accounts in it: a new address at the claimed domain joins nobody.
      idp.accounts.set("new@a-corp.test", { email: "new@a-corp.test", emailVerified: true, name: "New" });
      idp.signInAs = "new@a-corp.test";
      const jit = await stage.signInWithSso(w.current, stage.browser(), `orgId=${attacker.orgId}`).finally(() => {
        idp.signInAs = null;
      });
      expect(jit.href).toBe(`${w.current.baseUrl}/login?sso_error=sso_domain_unverified`);
    });

    it("legitimate: a just-in-time user of a verified domain signs in, held to that workspace", async () => {
      const carol = await stage.signUp(w.current, "carol@c-corp.test", "C Corp");
      expect(
        (await carol.client.put(`/api/v1/orgs/${carol.orgId}/sso`, stage.ssoSettings(idp, "c-corp.test"))).status,
      ).toBe(200);
      await stage.verifyDomain(carol, dns);
      idp.accounts.set("newbie@c-corp.test", { email: "newbie@c-corp.test", emailVerified: true, name: "Nia New" });
      const newbie = stage.browser();
      const landed = await stage.signInWithSso(w.current, newbie, "email=newbie%40c-corp.test");
      expect(landed.href).toBe(`${w.current.baseUrl}/`);
      const me = await newbie.request(`${w.current.baseUrl}/api/v1/me`);
      expect(me.status).toBe(200);
      expect(me.body.user.email).toBe("newbie@c-corp.test");
      expect((await stage.sessionRowOf(w.current, newbie))?.organizationId).toBe(carol.orgId);
      const identities = await stage.identitiesOf(w.current, me.body.user.id);
      expect(identities).toEqual([expect.objectContaining({ organizationId: carol.orgId, issuer: idp.issuer })]);
      // Linked from the start: the next sign-in matches the identity.
      const next = stage.browser();
      expect((await stage.signInWithSso(w.current, next, "email=newbie%40c-corp.test")).href).toBe(
        `${w.current.baseUrl}/`,
      );
      expect((await stage.sessionRowOf(w.current, next))?.userId).toBe(me.body.user.id);
    });

    it("a link planted in Vera's browser by a forced sign-in is not confirmed by her ordinary password sign-in", async () => {
      // Mallory sends Vera a link to B's sign-in; B's provider answers for her without asking.
      const veras = stage.browser();
      idp.signInAs = veraEmail;
      const landed = await stage.signInWithSso(w.current, veras, `orgId=${attacker.orgId}`).finally(() => {
        idp.signInAs = null;
      });
      expect(landed.searchParams.get("sso_link")).toBe("pending");
      // She ignores the question and signs in as usual.
      const usual = await veras.request(`${w.current.baseUrl}/api/v1/auth/login`, "POST", {
        email: veraEmail,
        password: PASSWORD,
      });
      expect(usual.status).toBe(200);
      expect(await stage.identitiesOf(w.current, vera.userId)).toEqual([]);
    });

    it("legitimate: Vera links B's sign-in with her password, then signs in through B, held to B", async () => {
      const own = stage.browser();
      idp.signInAs = veraEmail;
      const landed = await stage.signInWithSso(w.current, own, `orgId=${attacker.orgId}`).finally(() => {
        idp.signInAs = null;
      });
      expect(landed.searchParams.get("sso_link")).toBe("pending");
      const confirmed = await own.request(`${w.current.baseUrl}/api/v1/auth/sso/confirm-link`, "POST", {
        password: PASSWORD,
      });
      expect(confirmed.status).toBe(200);
      expect(await stage.identitiesOf(w.current, vera.userId)).toEqual([
        expect.objectContaining({ organizationId: attacker.orgId, issuer: idp.issuer }),
      ]);
      // She hears about it, in case it was not her.
      expect(w.current.mailTo(veraEmail).some((m) => m.includes("now linked to B Corp sign-in"))).toBe(true);
      // The pending link is used up: the cookie is gone and the link cannot be confirmed twice.
      expect(own.cookies(w.current.baseUrl).has("rapport_sso_link")).toBe(false);

      const viaB = stage.browser();
      idp.signInAs = veraEmail;
      const signedIn = await stage.signInWithSso(w.current, viaB, `orgId=${attacker.orgId}`).finally(() => {
        idp.signInAs = null;
      });
      expect(signedIn.href).toBe(`${w.current.baseUrl}/`);
      const row = await stage.sessionRowOf(w.current, viaB);
      expect(row?.userId).toBe(vera.userId);
      expect(row?.organizationId, "the session is held to B").toBe(attacker.orgId);
    });

    // Depends on the session-scope branch (every route honours actor.organizationScope): passes after the merge.
    it("the SSO session of B does not read Vera's 1:1 or private note in A", async () => {
      const viaB = stage.browser();
      idp.signInAs = veraEmail;
      await stage.signInWithSso(w.current, viaB, `orgId=${attacker.orgId}`).finally(() => {
        idp.signInAs = null;
      });
      expect((await stage.sessionRowOf(w.current, viaB))?.organizationId).toBe(attacker.orgId);
      const oneOnOne = await viaB.request(`${w.current.baseUrl}/api/v1/one-on-ones/${oneOnOneId}`);
      expect(oneOnOne.status).toBe(404);
      const meeting = await viaB.request(`${w.current.baseUrl}/api/v1/meetings/${meetingId}`);
      expect(meeting.status).toBe(404);
      expect(JSON.stringify(meeting.body)).not.toContain("Vera's private note");
      // Her password session still reads them.
      expect((await vera.client.get(`/api/v1/meetings/${meetingId}`)).status).toBe(200);
    });
  },
  { ssoAllowPrivateIssuer: true, dns },
);
