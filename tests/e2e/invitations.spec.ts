import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";
import { api, password } from "./pair.js";

// This instance has no SMTP: the invite dialog must say so, and every link must stay copyable.
test("without SMTP, the invite dialog says no e-mail was sent and pending invitations keep a copyable link", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string;
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const inviteeEmail = `nomail-${stamp}@example.com`;
  const context = await browser.newContext({ locale: "en-US", timezoneId: "UTC" });
  await api(context.request, base, "post", "/api/v1/auth/signup", {
    email: `owner-${stamp}@example.com`,
    password,
    name: "Nora Nomail",
    organizationName: "No Mail Ltd",
  });
  const page = await context.newPage();
  await page.goto("/people?invite");
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByText("They get a link to join, by e-mail when this Rapport can send e-mail.")).toBeVisible();
  await dialog.getByLabel("E-mail").fill(inviteeEmail);
  await dialog.getByRole("button", { name: "Send invitation" }).click();

  await expect(dialog.getByRole("heading", { name: "Invitation ready" })).toBeVisible();
  await expect(dialog.getByRole("status")).toContainText(`No e-mail was sent`);
  await expect(dialog.getByRole("status")).toContainText(inviteeEmail);
  await expect(dialog).not.toContainText("We e-mailed");
  const firstUrl = await dialog.getByLabel("Invitation link").inputValue();
  expect(firstUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expectNoSeriousA11yViolations(page, "invite dialog, no SMTP");
  await dialog.getByRole("button", { name: "Done" }).click();

  // In this tab the link stays copyable from Pending invitations.
  const row = page.getByRole("listitem").filter({ hasText: inviteeEmail });
  await expect(row.getByRole("button", { name: /Copy link/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "people page with a pending invitation");

  // After a reload the link cannot be read back (stored hashed): "New link" re-issues one to copy.
  await page.reload();
  await expect(row.getByRole("button", { name: /Copy link/ })).toHaveCount(0);
  await row.getByRole("button", { name: /New link/ }).click();
  await expect(page.getByText(`A new link for ${inviteeEmail} is ready to copy. No e-mail was sent`)).toBeVisible();
  await expect(row.getByRole("button", { name: /Copy link/ })).toBeVisible();
  const oldToken = firstUrl.split("/invite/")[1] as string;
  expect((await context.request.get(`/api/v1/invitations/${oldToken}`)).status()).toBe(404);
  await context.close();
});
