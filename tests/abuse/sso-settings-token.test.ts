/**
 * Attacker: someone holding workspace B's admin API token (leaked from a script), or a stale admin session
 * (a copied cookie from a sign-in hours ago).
 * Chain: with either, repoint B's single sign-on at an identity provider they run, quietly, so its
 * assertions sign people in.
 * Rule: P7 (finding 1): SSO settings are session-only (a token gets 403 session_required); changing them
 * needs a sign-in within 15 minutes or the current password; every change is audited and e-mailed to
 * every owner.
 * Legitimate path beside it: the admin, signed in recently or giving their password, changes the settings,
 * and both owners hear about it.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSWORD } from "../support/factories.js";
import type { TestClient } from "../support/http-client.js";
import type { TestIdentityProvider } from "../support/oidc-provider.js";
import { FakeDns } from "../support/test-app.js";
import { describeAttack } from "./support/attack-world.js";
import { join, type Person, signUp, ssoSettings, startIdp } from "./support/sso-stage.js";

const dns = new FakeDns();

describeAttack(
  "SSO settings: an admin API token or a stale session repoints the workspace's sign-in",
  (w) => {
    let idp: TestIdentityProvider;
    let owner: Person;
    let admin: TestClient;
    let adminToken: string;
    const secondOwner = "second.owner@b-corp.test";
    const memberEmail = "member@b-corp.test";
    const url = () => `/api/v1/orgs/${owner.orgId}/sso`;

    beforeAll(async () => {
      idp = await startIdp(w.current);
      owner = await signUp(w.current, "owner@b-corp.test", "B Corp");
      await join(w.current, owner, secondOwner, "owner");
      await join(w.current, owner, memberEmail, "member");
      admin = await join(w.current, owner, "admin@b-corp.test", "admin");
      const token = await admin.post("/api/v1/tokens", { name: "ci", scopes: ["read", "write"] });
      expect(token.status, JSON.stringify(token.body)).toBe(201);
      adminToken = token.body.token;
    });
    afterAll(async () => idp?.close());

    it("an admin API token can neither read nor change SSO", async () => {
      const bearer = w.current.client();
      bearer.bearer = adminToken;
      const put = await bearer.put(url(), ssoSettings(idp, "b-corp.test"));
      expect(put.status, JSON.stringify(put.body)).toBe(403);
      expect(put.body.error.code).toBe("session_required");
      const get = await bearer.get(url());
      expect(get.status).toBe(403);
      expect(get.body.error.code).toBe("session_required");
      expect((await bearer.post(`${url()}/verify-domain`, {})).body.error.code).toBe("session_required");
      expect((await bearer.delete(url())).body.error.code).toBe("session_required");
      expect(await w.current.deps.db.kysely.selectFrom("ssoConfigs").selectAll().execute()).toEqual([]);
    });

    it("a stale admin session needs the current password; a wrong one changes nothing", async () => {
      w.current.clock.advance(16 * 60 * 1000);
      const stale = await admin.put(url(), ssoSettings(idp, "b-corp.test"));
      expect(stale.status, JSON.stringify(stale.body)).toBe(403);
      expect(stale.body.error.code).toBe("reauthentication_required");
      const wrong = await admin.put(url(), { ...ssoSettings(idp, "b-corp.test"), currentPassword: "a guess" });
      expect(wrong.status).toBe(403);
      expect(wrong.body.error.code).toBe("reauthentication_required");
      // A stale session still reads (nothing secret is shown).
      expect((await admin.get(url())).status).toBe(200);
      expect(await w.current.deps.db.kysely.selectFrom("ssoConfigs").selectAll().execute()).toEqual([]);
      expect(w.current.mailTo(secondOwner).filter((m) => m.includes("single sign-on"))).toEqual([]);
    });

    it("legitimate: with the password the admin changes SSO; it is audited and every owner is e-mailed", async () => {
      const saved = await admin.put(url(), { ...ssoSettings(idp, "b-corp.test"), currentPassword: PASSWORD });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      for (const email of [owner.email, secondOwner]) {
        const mails = w.current.mailTo(email).filter((m) => m.includes("changed the single sign-on settings"));
        expect(mails, email).toHaveLength(1);
        expect(mails[0]).toContain(idp.issuer);
        expect(mails[0]).toContain("b-corp.test");
        expect(mails[0]).not.toContain(idp.clientSecret);
      }
      expect(w.current.mailTo(memberEmail).filter((m) => m.includes("single sign-on"))).toEqual([]);
      const audit = await owner.client.get(`/api/v1/orgs/${owner.orgId}/audit`);
      expect(audit.status).toBe(200);
      expect(audit.body.events.map((e: { action: string }) => e.action)).toContain("sso.configured");

      // A fresh sign-in is sudo for 15 minutes: removal without the password, also e-mailed.
      const fresh = w.current.client();
      expect((await fresh.post("/api/v1/auth/login", { email: "admin@b-corp.test", password: PASSWORD })).status).toBe(
        200,
      );
      const removed = await fresh.delete(url());
      expect(removed.status, JSON.stringify(removed.body)).toBe(204);
      for (const email of [owner.email, secondOwner]) {
        expect(w.current.mailTo(email).filter((m) => m.includes("turned off single sign-on"))).toHaveLength(1);
      }
      const after = await owner.client.get(`/api/v1/orgs/${owner.orgId}/audit`);
      expect(after.body.events.map((e: { action: string }) => e.action)).toContain("sso.removed");
    });
  },
  { ssoAllowPrivateIssuer: true, dns },
);
