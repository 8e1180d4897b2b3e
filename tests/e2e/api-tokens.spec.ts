import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";

test("create a read-only and a read-and-write token in Settings; each can do what its badge says", async ({
  page,
  playwright,
  baseURL,
}) => {
  const stamp = Date.now();
  const signup = await page.request.post("/api/v1/auth/signup", {
    headers: { origin: baseURL ?? "" },
    data: {
      email: `tokens-${stamp}@example.com`,
      password: "a long enough password",
      name: "Theo Tokens",
      organizationName: "Token Works",
    },
  });
  expect(signup.status()).toBe(201);
  await page.goto("/settings");
  const card = page.locator("section.card", { has: page.getByRole("heading", { name: "API tokens" }) });

  const create = async (name: string, access: "Read only" | "Read and write") => {
    await card.getByLabel("Token name").fill(name);
    await card.getByText(access, { exact: true }).click();
    await card.getByRole("button", { name: "Create token" }).click();
    const secret = await card.getByLabel("Token secret").inputValue();
    expect(secret).toMatch(/^rpt_/);
    await card.getByRole("button", { name: "I’ve saved it" }).click();
    return secret;
  };
  const reader = await create("Reporting", "Read only");
  const writer = await create("Sync", "Read and write");
  await expect(card.getByRole("listitem").filter({ hasText: "Reporting" })).toContainText("read only");
  await expect(card.getByRole("listitem").filter({ hasText: "Sync" })).toContainText("read & write");
  await expectNoSeriousA11yViolations(page, "settings with tokens");

  const api = await playwright.request.newContext({ baseURL });
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  expect((await api.get("/api/v1/me", { headers: as(reader) })).status()).toBe(200);
  const refused = await api.patch("/api/v1/me", { headers: as(reader), data: { name: "Renamed" } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("insufficient_scope");
  expect((await api.patch("/api/v1/me", { headers: as(writer), data: { name: "Theo T." } })).status()).toBe(200);

  // Changing the password says how many tokens it revokes, asks first, then revokes them all.
  await page.reload();
  const passwordCard = page.locator("section.card", { has: page.getByRole("heading", { name: "Password" }) });
  await expect(passwordCard.getByTestId("password-consequences")).toContainText("revokes your 2 API tokens");
  await passwordCard.getByLabel("Current password", { exact: true }).fill("a long enough password");
  await passwordCard.getByLabel("New password", { exact: true }).fill("another long password");
  await passwordCard.getByLabel("Repeat the new password").fill("another long password");
  await passwordCard.getByRole("button", { name: "Change password" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Change your password?" });
  await expect(dialog).toContainText("Your 2 API tokens will be revoked");
  await expectNoSeriousA11yViolations(page, "password change confirmation");
  await dialog.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed.")).toBeVisible();
  expect((await api.get("/api/v1/me", { headers: as(reader) })).status()).toBe(401);
  expect((await api.get("/api/v1/me", { headers: as(writer) })).status()).toBe(401);
  await page.reload();
  await expect(card.getByText("No tokens yet.", { exact: false })).toBeVisible();
  await expect(passwordCard.getByTestId("password-consequences")).toHaveText(
    "Changing it signs you out on your other devices.",
  );
  await api.dispose();
});
