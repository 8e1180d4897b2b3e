import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { freePort } from "../../../tests/support/free-port.js";
import { RedirectingBrowser } from "../../../tests/support/redirecting-browser.js";
import { ssoWorld } from "../../../tests/support/sso-world.js";
import { testEngines } from "../../../tests/support/test-db.js";

/**
 * A workspace's provider that can't be trusted or reached: the sign-in ends on the
 * sign-in page with the reason, never in a session. Real provider on loopback.
 */
for (const engine of testEngines()) {
  describe(`single sign-on when the provider fails [${engine}]`, () => {
    const world = ssoWorld(engine);
    const { signUp, ssoSettings, signInWithSso } = world;

    it("refuses a provider whose discovery document names another issuer, and unknown or disabled set-ups", async () => {
      // A stand-in that serves the real provider's metadata from another address.
      const impostor: Server = createServer((_req, res) => {
        void fetch(`${world.state.idp.issuer}/.well-known/openid-configuration`)
          .then((r) => r.text())
          .then((body) => res.writeHead(200, { "content-type": "application/json" }).end(body));
      });
      await new Promise<void>((resolve) => impostor.listen(0, "127.0.0.1", resolve));
      try {
        const other = await signUp("owner@mismatch.test", "Mismatch");
        const impostorUrl = `http://127.0.0.1:${(impostor.address() as AddressInfo).port}`;
        const saved = await other.client.put(
          `/api/v1/orgs/${other.orgId}/sso`,
          ssoSettings({ issuerUrl: impostorUrl, emailDomain: "mismatch.test" }),
        );
        expect(saved.status).toBe(200);
        const landed = await signInWithSso(new RedirectingBrowser(), `orgId=${other.orgId}`);
        expect(landed.href).toBe(`${world.state.appUrl}/login?sso_error=sso_issuer_mismatch`);

        await other.client.put(
          `/api/v1/orgs/${other.orgId}/sso`,
          ssoSettings({ emailDomain: "mismatch.test", enabled: false }),
        );
        const disabled = await signInWithSso(new RedirectingBrowser(), `orgId=${other.orgId}`);
        expect(disabled.href).toBe(`${world.state.appUrl}/login?sso_error=sso_not_configured`);
      } finally {
        impostor.closeAllConnections();
        impostor.close();
      }
      const unknown = await signInWithSso(new RedirectingBrowser(), "email=someone%40nowhere.test");
      expect(unknown.href).toBe(`${world.state.appUrl}/login?sso_error=sso_not_configured`);
      const neither = await signInWithSso(new RedirectingBrowser(), "");
      expect(neither.href).toBe(`${world.state.appUrl}/login?sso_error=sso_not_configured`);
    });

    it("says so when the provider cannot be reached", async () => {
      const down = await signUp("owner@down.test", "Down");
      const closedPort = await freePort();
      const saved = await down.client.put(
        `/api/v1/orgs/${down.orgId}/sso`,
        ssoSettings({ issuerUrl: `http://127.0.0.1:${closedPort}`, emailDomain: "down.test" }),
      );
      expect(saved.status).toBe(200);
      const landed = await signInWithSso(new RedirectingBrowser(), `orgId=${down.orgId}`);
      expect(landed.href).toBe(`${world.state.appUrl}/login?sso_error=sso_provider_unavailable`);
    });
  });
}
