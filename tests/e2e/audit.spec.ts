import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";
import { api, createPair } from "./pair.js";

const NOTE = "Salary worries, keep this between us";
const REASON = "Dentist appointment ran late";

test("an admin reads the audit log (light and dark, accessible, no content); a member can't", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string;
  const pair = await createPair(browser, base, { org: "Audit Co", leader: "Lena Lead", teammate: "Tom Team" });
  const { leader, teammate } = pair;
  // Content that must never reach the log, and events that must.
  await api(leader.request, base, "put", `/api/v1/meetings/${pair.meetingId}/notes/shared`, {
    body: NOTE,
    baseVersion: 0,
  });
  const done = await api(leader.request, base, "post", `/api/v1/meetings/${pair.meetingId}/complete`, {});
  await api(teammate.request, base, "post", `/api/v1/meetings/${done.nextMeeting.id}/cancel`, { reason: REASON });
  await api(leader.request, base, "post", "/api/v1/tokens", { name: "Deploy bot" });

  const page = await leader.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  const log = page.getByRole("list", { name: "Audit events" });
  await expect(log.getByText("Lena Lead started a 1:1 between Lena Lead and Tom Team")).toBeVisible();
  await expect(log.getByText("Lena Lead completed a 1:1 between Lena Lead and Tom Team")).toBeVisible();
  await expect(log.getByText("Tom Team cancelled a 1:1 between Lena Lead and Tom Team")).toBeVisible();
  await expect(log.getByText("Tom Team accepted an invitation and joined")).toBeVisible();
  await expect(log.getByText("Lena Lead created an API token")).toBeVisible();
  await expect(log.getByText("Lena Lead created the workspace")).toBeVisible();
  const text = (await page.locator("main").textContent()) ?? "";
  for (const secret of [NOTE, REASON, "Deploy bot"]) expect(text).not.toContain(secret);
  await expectNoSeriousA11yViolations(page, "audit log");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(log.getByText("Lena Lead created the workspace")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "audit log, dark");

  const member = await teammate.newPage();
  await member.goto("/");
  await expect(member.getByRole("link", { name: "Home" }).first()).toBeVisible();
  await expect(member.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await member.goto("/audit");
  await expect(member.getByRole("heading", { name: "For owners and admins" })).toBeVisible();
  await expectNoSeriousA11yViolations(member, "audit log, member");

  await leader.close();
  await teammate.close();
});
