/**
 * Attacker: a workspace admin who wants the server to fetch from the inside of its network.
 * Chain: they set the SSO issuer URL to a loopback, private or link-local address (the cloud metadata
 * service, an internal admin port), or to a public-looking name they later point at 127.0.0.1 (DNS
 * rebinding), then start a sign-in so the server fetches the "discovery document" from there.
 * Rule: finding 1: the issuer URL gets the webhook URLs' address guard, when saved and again at every
 * connection, unless the explicit development flag SSO_ALLOW_PRIVATE_ISSUER is set.
 * Legitimate paths beside it: a public issuer name is accepted; with the development flag a provider on
 * loopback works.
 */

import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { TestIdentityProvider } from "../support/oidc-provider.js";
import { FakeDns } from "../support/test-app.js";
import { describeAttack } from "./support/attack-world.js";
import { browser, type Person, signInWithSso, signUp, ssoSettings, startIdp } from "./support/sso-stage.js";

const dns = new FakeDns();

describeAttack(
  "SSO issuer SSRF: the issuer URL points inside the network",
  (w) => {
    let idp: TestIdentityProvider;
    let admin: Person;
    /** An internal service on loopback that counts who connects to it. */
    let internal: Server;
    let internalPort: number;
    let connections = 0;
    const put = (issuerUrl: string, emailDomain = "ssrf.test") =>
      admin.client.put(`/api/v1/orgs/${admin.orgId}/sso`, { ...ssoSettings(idp, emailDomain), issuerUrl });

    beforeAll(async () => {
      idp = await startIdp(w.current);
      admin = await signUp(w.current, "admin@ssrf.test", "SSRF Inc");
      internal = createServer((socket) => {
        connections++;
        socket.destroy();
      });
      await new Promise<void>((resolve) => internal.listen(0, "127.0.0.1", resolve));
      internalPort = (internal.address() as AddressInfo).port;
    });
    afterAll(async () => {
      await idp?.close();
      await new Promise((resolve) => internal?.close(resolve));
    });

    it("refuses loopback, private and link-local issuers when saved", async () => {
      dns.addresses.set("idp.internal-name.test", ["10.1.2.3"]);
      dns.addresses.set("idp.mixed.test", ["93.184.216.34", "169.254.169.254"]);
      for (const issuerUrl of [
        idp.issuer,
        `http://localhost:${internalPort}`,
        "https://127.0.0.1",
        "https://169.254.169.254",
        "https://10.0.0.5",
        "https://192.168.1.1",
        "https://[::1]",
        "https://[fe80::1]",
        "https://[::ffff:127.0.0.1]",
        "https://metadata.internal",
        "https://idp.internal-name.test",
        "https://idp.mixed.test",
      ]) {
        const res = await put(issuerUrl);
        expect(res.status, `${issuerUrl}: ${JSON.stringify(res.body)}`).toBe(400);
        expect(res.body.error.message, issuerUrl).toMatch(/^issuerUrl/);
      }
      expect(await w.current.deps.db.kysely.selectFrom("ssoConfigs").selectAll().execute()).toEqual([]);
    });

    it("refuses a name re-pointed at loopback after it was saved (DNS rebinding), before connecting", async () => {
      dns.addresses.set("idp.rebind.test", ["93.184.216.34"]);
      const saved = await put(`https://idp.rebind.test:${internalPort}`);
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      for (const address of ["127.0.0.1", "169.254.169.254", "::1"]) {
        dns.addresses.set("idp.rebind.test", [address]);
        const landed = await signInWithSso(w.current, browser(), `orgId=${admin.orgId}`);
        expect(landed.href).toBe(`${w.current.baseUrl}/login?sso_error=sso_provider_unavailable`);
      }
      expect(connections, "connections to the internal service").toBe(0);
    });

    it("legitimate: a public issuer name is accepted", async () => {
      dns.addresses.set("login.bigco.test", ["93.184.216.34", "2606:2800:220:1::1"]);
      const saved = await put("https://login.bigco.test");
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      // A name that does not resolve yet is accepted too: it is checked when the app connects.
      expect((await put("https://login.not-yet.test")).status).toBe(200);
    });
  },
  { dns },
);

describeAttack(
  "SSO issuer on loopback with the development flag",
  (w) => {
    let idp: TestIdentityProvider;
    beforeAll(async () => {
      idp = await startIdp(w.current);
    });
    afterAll(async () => idp?.close());

    it("legitimate: SSO_ALLOW_PRIVATE_ISSUER lets a local provider sign existing members in", async () => {
      const owner = await signUp(w.current, "owner@dev.test", "Dev");
      const saved = await owner.client.put(`/api/v1/orgs/${owner.orgId}/sso`, ssoSettings(idp, "dev.test"));
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      idp.accounts.set("owner@dev.test", { email: "owner@dev.test", emailVerified: true, name: "Owner" });
      const landed = await signInWithSso(w.current, browser(), `orgId=${owner.orgId}&email=owner%40dev.test`);
      // Reached the provider and came back: an existing account is asked to confirm the link.
      expect(landed.searchParams.get("sso_link")).toBe("pending");
    });
  },
  { ssoAllowPrivateIssuer: true },
);
