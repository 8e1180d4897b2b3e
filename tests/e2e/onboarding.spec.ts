import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";

const password = "a long enough password";

test("sign up, invite, accept in another browser, set the manager, sign in as the teammate", async ({ browser }) => {
  // The walk also reads the owner's team page and the member's Home: longer than the default minute on a busy machine.
  test.setTimeout(120_000);
  const stamp = Date.now();
  const ownerEmail = `owner-${stamp}@example.com`;
  const teammateEmail = `tina-${stamp}@example.com`;

  const ownerContext = await browser.newContext({ locale: "en-US" });
  const owner = await ownerContext.newPage();
  await owner.goto("/signup");
  await expectNoSeriousA11yViolations(owner, "sign-up page");
  await owner.getByLabel("Your name").fill("Olivia Owner");
  await owner.getByLabel("Work e-mail").fill(ownerEmail);
  await owner.getByLabel("Password").fill(password);
  await owner.getByLabel("Team or company name").fill("Acme Robotics");
  await owner.getByRole("button", { name: "Create workspace" }).click();
  await expect(owner).toHaveURL(/\/$/);
  await expectNoSeriousA11yViolations(owner, "home page");

  await owner.getByRole("link", { name: "People", exact: true }).first().click();
  await expect(owner.getByRole("heading", { name: "People", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(owner, "people page (empty)");
  await owner
    .getByRole("button", { name: /Invite (people|your first teammate)/ })
    .first()
    .click();
  const dialog = owner.getByRole("dialog");
  await dialog.getByLabel("E-mail").fill(teammateEmail);
  await dialog.getByLabel("Name").fill("Tina Teammate");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  const link = dialog.getByLabel("Invitation link");
  await expect(link).toBeVisible();
  const acceptUrl = await link.inputValue();
  expect(acceptUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expectNoSeriousA11yViolations(owner, "invite dialog");
  await owner.keyboard.press("Escape");

  // The e-mail log says the invitation went out, never with its link (P7).
  await owner.goto("/outbox");
  const logged = owner.getByRole("listitem").filter({ hasText: teammateEmail });
  await logged.getByText("Show text").click();
  await expect(logged.getByText(/The link in this e-mail is hidden/)).toBeVisible();
  await expect(logged).toContainText("/invite/…");
  await expect(logged).not.toContainText(new URL(acceptUrl).pathname);
  await owner.goto("/people");

  const teammateContext = await browser.newContext({ locale: "en-US" });
  const teammate = await teammateContext.newPage();
  await teammate.goto(new URL(acceptUrl).pathname);
  await expect(teammate.getByRole("heading", { name: "Join Acme Robotics" })).toBeVisible();
  await expectNoSeriousA11yViolations(teammate, "accept page");
  await teammate.getByLabel("Your name").fill("Tina Teammate");
  await teammate
    .getByLabel(/password/i)
    .first()
    .fill(password);
  await teammate.getByRole("button", { name: "Join Acme Robotics" }).click();
  await expect(teammate).toHaveURL(/\/$/);

  await owner.reload();
  const manager = owner.getByLabel("Manager for Tina Teammate");
  await manager.selectOption({ label: "Olivia Owner" });
  await expect(owner.getByText("1 direct report")).toBeVisible();
  await expectNoSeriousA11yViolations(owner, "people page");
  // A direct report with no 1:1 is never "on track": the owner's team page says so, and offers to start one.
  await owner.goto("/dashboard");
  await expect(owner.getByText("1 person needs your attention. The reason is on their card.")).toBeVisible();
  const tinaCard = owner.getByRole("listitem").filter({ hasText: "Tina Teammate" }).first();
  await expect(tinaCard).toContainText("No 1:1 yet");
  await expect(tinaCard.getByRole("link", { name: "Start a 1:1 with Tina Teammate" })).toBeVisible();
  await expect(tinaCard).not.toContainText("On track");

  await teammate
    .getByRole("button", { name: /Tina Teammate|Account/ })
    .first()
    .click();
  await teammate
    .getByRole("menuitem", { name: "Sign out" })
    .or(teammate.getByRole("button", { name: "Sign out" }))
    .first()
    .click();
  await expect(teammate).toHaveURL(/\/login/);
  await expectNoSeriousA11yViolations(teammate, "sign-in page");
  await teammate.getByLabel("E-mail").fill(teammateEmail);
  await teammate.getByLabel("Password").fill(password);
  await teammate.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(teammate).toHaveURL(/\/$/);
  // She leads no one: her Home has neither the leader's setup checklist nor "Start a 1:1".
  await expect(teammate.getByRole("heading", { name: "My open actions" })).toBeVisible();
  await expect(teammate.getByRole("link", { name: "Start a 1:1" })).toHaveCount(0);
  await expect(teammate.getByRole("heading", { name: "Getting started" })).toHaveCount(0);
  await teammate.goto("/people");
  const myRow = teammate.getByRole("listitem").filter({ hasText: teammateEmail });
  await expect(myRow).toContainText("Manager");
  await expect(myRow).toContainText("Olivia Owner");

  await teammate.goto("/settings");
  await expect(teammate.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(teammate, "settings page");
  await teammate.goto("/people/chart");
  await expect(teammate.getByText("Olivia Owner").first()).toBeVisible();
  await expectNoSeriousA11yViolations(teammate, "org chart");

  await ownerContext.close();
  await teammateContext.close();
});

test("dark mode pages have no serious accessibility violations", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/login");
  await expectNoSeriousA11yViolations(page, "sign-in page, dark");
  await page.goto("/signup");
  await expectNoSeriousA11yViolations(page, "sign-up page, dark");
  await context.close();
});
