import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";
import { api, password } from "./pair.js";

/** Runs `npm run import -- --set-password-links` against the running app's database; returns the printed links. */
function importWorkspace(baseURL: string, people: Array<{ email: string; name: string }>): Map<string, string> {
  const at = "2026-01-05T09:00:00.000Z";
  const organization = {
    id: randomUUID(),
    name: "Moved Co",
    defaultLocale: "en",
    defaultTimezone: "UTC",
    createdAt: at,
  };
  const file = {
    format: "rapport-export",
    version: 1,
    kind: "workspace",
    exportedAt: at,
    organization,
    people: people.map((p, i) => ({
      id: randomUUID(),
      ...p,
      locale: "en",
      timezone: "UTC",
      createdAt: at,
      updatedAt: at,
      role: i === 0 ? "owner" : "member",
      status: "active",
      managerId: null,
      joinedAt: at,
      membershipUpdatedAt: at,
    })),
    templates: [],
    oneOnOnes: [],
  };
  const path = join(mkdtempSync(join(tmpdir(), "rapport-e2e-import-")), "workspace.json");
  writeFileSync(path, JSON.stringify(file));
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "server/modules/export/import-cli.ts", "--set-password-links", path],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${join(process.env.RAPPORT_E2E_DATA_DIR as string, "e2e.db")}`,
        APP_URL: baseURL,
        LOG_LEVEL: "silent",
      },
    },
  );
  expect(run.status, run.stderr).toBe(0);
  const links = new Map<string, string>();
  for (const [, email, url] of run.stdout.matchAll(/^\s+(\S+@\S+)\s+(http\S+)$/gm))
    links.set(email as string, url as string);
  return links;
}

test("an imported account opens only with its own set-password link, and the pages say why", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string;
  const stamp = Date.now();
  const movedEmail = `moved-${stamp}@example.com`;
  const eve = await browser.newContext({ locale: "en-US" });
  const signup = await api(eve.request, base, "post", "/api/v1/auth/signup", {
    email: `eve-${stamp}@example.com`,
    password,
    name: "Eve Elsewhere",
    organizationName: "Eve Co",
  });
  // An invitation to the address while it does not exist here yet.
  const early = await api(eve.request, base, "post", `/api/v1/orgs/${signup.organization.id}/invitations`, {
    email: movedEmail,
  });
  const links = importWorkspace(base, [
    { email: `boss-${stamp}@example.com`, name: "Bo Boss" },
    { email: movedEmail, name: "Mo Moved" },
  ]);
  const ownLink = links.get(movedEmail) as string;
  expect(ownLink).toMatch(/\/invite\//);

  // The invite dialog says why it refuses the address.
  const page = await eve.newPage();
  await page.goto("/people");
  await page
    .getByRole("button", { name: /Invite (people|your first teammate)/ })
    .first()
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("E-mail").fill(movedEmail);
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog.getByText(/account was imported and has no password yet/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "invite dialog, imported account");

  // The earlier invitation's page says why it cannot be used, and offers no password field.
  const stranger = await browser.newContext({ locale: "en-US" });
  const blocked = await stranger.newPage();
  await blocked.goto(new URL(early.acceptUrl).pathname);
  await expect(blocked.getByRole("heading", { name: "This account isn’t ready for invitations yet" })).toBeVisible();
  await expect(blocked.getByLabel(/password/i)).toHaveCount(0);
  await expectNoSeriousA11yViolations(blocked, "invitation page, blocked");

  // The person's own link: choose a password, signed in.
  const moved = await browser.newContext({ locale: "en-US" });
  const own = await moved.newPage();
  await own.goto(new URL(ownLink).pathname);
  await expect(own.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  await expectNoSeriousA11yViolations(own, "set-password page");
  await own
    .getByLabel(/password/i)
    .first()
    .fill(password);
  await own.getByRole("button", { name: "Save password and sign in" }).click();
  await expect(own).toHaveURL(/\/$/);
  await own.goto("/people");
  await expect(own.getByText("Bo Boss").first()).toBeVisible();

  await eve.close();
  await stranger.close();
  await moved.close();
});
