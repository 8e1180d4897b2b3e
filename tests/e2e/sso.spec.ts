import { startTestIdentityProvider } from "../support/oidc-provider.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";

test("an admin sets up SSO; a new teammate signs in with it; a wrong domain is explained on the login page", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL ?? "";
  const idp = await startTestIdentityProvider(`${base}/api/v1/auth/sso/callback`);
  try {
    const domain = `sso-${Date.now().toString(36)}.test`;
    idp.accounts.set(`nina@${domain}`, { email: `nina@${domain}`, emailVerified: true, name: "Nina Novak" });
    idp.accounts.set("stranger@elsewhere.test", {
      email: "stranger@elsewhere.test",
      emailVerified: true,
      name: "Stranger",
    });

    const ownerContext = await browser.newContext({ locale: "en-US" });
    const owner = await ownerContext.newPage();
    const signup = await owner.request.post("/api/v1/auth/signup", {
      headers: { origin: base },
      data: {
        email: `owner@${domain}`,
        password: "a long enough password",
        name: "Olivia Owner",
        organizationName: "Acme SSO",
      },
    });
    expect(signup.status()).toBe(201);

    await owner.goto("/");
    await owner.getByRole("link", { name: "Single sign-on" }).click();
    await expect(owner.getByRole("heading", { name: "Single sign-on", level: 1 })).toBeVisible();
    await expect(owner.getByText(`${base}/api/v1/auth/sso/callback`)).toBeVisible();
    await owner.getByLabel("Issuer URL").fill(idp.issuer);
    await owner.getByLabel("Client ID").fill(idp.clientId);
    await owner.getByLabel("Client secret").fill(idp.clientSecret);
    await owner.getByLabel("E-mail domain").fill(domain);
    await owner.getByRole("button", { name: "Save settings" }).click();
    await expect(owner.getByText("Single sign-on settings saved.")).toBeVisible();
    await expect(owner.getByText("A secret is stored. Leave this empty to keep it.")).toBeVisible();
    await expectNoSeriousA11yViolations(owner, "SSO settings page");

    const teammateContext = await browser.newContext({ locale: "en-US" });
    const teammate = await teammateContext.newPage();
    await teammate.goto("/login");
    await teammate.getByRole("button", { name: "Sign in with SSO" }).click();
    await expectNoSeriousA11yViolations(teammate, "SSO sign-in");
    await teammate.getByLabel("E-mail").fill(`nina@${domain}`);
    await teammate.getByRole("button", { name: "Continue" }).click();
    await expect(teammate).toHaveURL(`${base}/`);
    const me = await teammate.request.get("/api/v1/me");
    expect((await me.json()).user).toMatchObject({ email: `nina@${domain}`, name: "Nina Novak" });
    expect(idp.authorizationRequests.at(-1)?.code_challenge_method).toBe("S256");

    const strangerContext = await browser.newContext({ locale: "en-US" });
    const stranger = await strangerContext.newPage();
    idp.signInAs = "stranger@elsewhere.test";
    await stranger.goto("/login");
    await stranger.getByRole("button", { name: "Sign in with SSO" }).click();
    await stranger.getByLabel("E-mail").fill(`someone@${domain}`);
    await stranger.getByRole("button", { name: "Continue" }).click();
    await expect(stranger).toHaveURL(/\/login\?sso_error=sso_wrong_domain$/);
    await expect(
      stranger.getByRole("alert").filter({
        hasText: "That account’s e-mail isn’t in the domain this workspace signs in with SSO.",
      }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(stranger, "SSO error on the login page");
  } finally {
    idp.signInAs = null;
    await idp.close();
  }
});
