import type { Page } from "@playwright/test";
import type { InstanceResponse } from "../../shared/schemas/instance.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";

// The specs share one server, so whether it has accounts depends on which ran first: the page is driven
// with each answer of GET /api/v1/instance (the server side is covered in server/modules/instance).
async function answerInstance(page: Page, answer: InstanceResponse): Promise<void> {
  await page.route("**/api/v1/instance", (route) => route.fulfill({ json: answer }));
}

test("an instance without accounts opens on 'Create your workspace', not 'Welcome back'", async ({ page }) => {
  await answerInstance(page, { firstRun: true, ssoSignIn: false, demo: false });
  await page.goto("/");
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByRole("heading", { name: "Create your workspace", level: 1 })).toBeVisible();
  await expect(page.getByText("This Rapport has no accounts yet.", { exact: false })).toBeVisible();
  // Nobody to sign in as yet.
  await expect(page.getByText("Already have an account?")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Welcome back" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, "first-run sign-up page");
});

test("the sign-in page offers SSO only when some workspace signs in with it", async ({ page }) => {
  await answerInstance(page, { firstRun: false, ssoSignIn: false, demo: false });
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Welcome back", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /SSO/ })).toHaveCount(0);

  await page.unroute("**/api/v1/instance");
  await answerInstance(page, { firstRun: false, ssoSignIn: true, demo: false });
  await page.reload();
  await expect(page.getByRole("heading", { name: "Welcome back", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: /SSO/ })).toBeVisible();
});

test("the demo signs a visitor in to the language they picked, not the shared account's", async ({ page, baseURL }) => {
  const email = `demo-visitor-${Date.now()}@example.com`;
  const password = "a long enough password";
  const created = await page.request.post("/api/v1/auth/signup", {
    headers: { origin: baseURL ?? "" },
    data: { email, password, name: "Dana Demo", organizationName: "Demo Co", locale: "en", timezone: "UTC" },
  });
  expect(created.status()).toBe(201);
  await page.context().clearCookies();
  await answerInstance(page, { firstRun: false, ssoSignIn: false, demo: true });
  await page.goto("/login");
  await page.getByRole("combobox", { name: "Language" }).selectOption("es");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Welcome back");
  await page.getByLabel("Correo electrónico", { exact: false }).fill(email);
  await page.getByLabel("Contraseña", { exact: false }).fill(password);
  await page.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const me = await page.request.get("/api/v1/me");
  expect((await me.json()).user.locale).toBe("es");
});

test("the server says whether this instance is on its first run", async ({ request }) => {
  const answer = await request.get("/api/v1/instance");
  expect(answer.status()).toBe(200);
  expect(Object.keys(await answer.json()).sort()).toEqual(["demo", "firstRun", "ssoSignIn"]);
});
