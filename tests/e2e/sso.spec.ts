import { startTestIdentityProvider } from "../support/oidc-provider.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";

const PASSWORD = "a long enough password";

test("an admin sets up SSO; an existing member links it with their password and signs in; a wrong domain is explained", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL ?? "";
  const idp = await startTestIdentityProvider(`${base}/api/v1/auth/sso/callback`);
  try {
    const domain = `sso-${Date.now().toString(36)}.test`;
    const ownerEmail = `owner@${domain}`;
    idp.accounts.set(ownerEmail, { email: ownerEmail, emailVerified: true, name: "Olivia at the IdP" });
    idp.accounts.set("stranger@elsewhere.test", {
      email: "stranger@elsewhere.test",
      emailVerified: true,
      name: "Stranger",
    });

    const ownerContext = await browser.newContext({ locale: "en-US" });
    const owner = await ownerContext.newPage();
    const signup = await owner.request.post("/api/v1/auth/signup", {
      headers: { origin: base },
      data: { email: ownerEmail, password: PASSWORD, name: "Olivia Owner", organizationName: "Acme SSO" },
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
    // The domain is not verified yet: the page shows the TXT record to publish.
    await expect(owner.getByText(/^Not verified/)).toBeVisible();
    await expect(owner.getByText(/^rapport-domain-verification=/)).toBeVisible();
    await expect(owner.getByText("Every owner of the workspace gets an e-mail about each change.")).toBeVisible();
    const startLink = (await owner.getByText(/\/api\/v1\/auth\/sso\/start\?orgId=/).textContent()) ?? "";
    expect(startLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/auth\/sso\/start\?orgId=/);
    await expectNoSeriousA11yViolations(owner, "SSO settings page");

    // Olivia signs in through the provider in a new browser: her existing account is linked only once she confirms.
    const linkContext = await browser.newContext({ locale: "en-US" });
    const linking = await linkContext.newPage();
    idp.signInAs = ownerEmail;
    await linking.goto(startLink);
    await expect(linking).toHaveURL(/\/login\?sso_link=pending$/);
    await expect(
      linking.getByRole("heading", { name: "Confirm it’s you to link Acme SSO sign-in", level: 1 }),
    ).toBeVisible();
    await expect(linking.getByLabel("E-mail")).toHaveValue(ownerEmail);
    await expectNoSeriousA11yViolations(linking, "SSO link confirmation");
    await linking.getByLabel("Password").fill("not the password");
    await linking.getByRole("button", { name: "Confirm and link" }).click();
    await expect(
      linking.getByRole("alert").filter({ hasText: "That e-mail and password don’t match. Check them and try again." }),
    ).toBeVisible();
    await linking.getByLabel("Password").fill(PASSWORD);
    await linking.getByRole("button", { name: "Confirm and link" }).click();
    await expect(linking).toHaveURL(`${base}/`);

    // Linked: the next sign-in through the provider needs no password.
    const ssoContext = await browser.newContext({ locale: "en-US" });
    const viaSso = await ssoContext.newPage();
    await viaSso.goto(startLink);
    await expect(viaSso).toHaveURL(`${base}/`);
    const me = await viaSso.request.get("/api/v1/me");
    expect((await me.json()).user).toMatchObject({ email: ownerEmail, name: "Olivia Owner" });
    expect(idp.authorizationRequests.at(-1)?.code_challenge_method).toBe("S256");

    const strangerContext = await browser.newContext({ locale: "en-US" });
    const stranger = await strangerContext.newPage();
    idp.signInAs = "stranger@elsewhere.test";
    await stranger.goto(startLink);
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
