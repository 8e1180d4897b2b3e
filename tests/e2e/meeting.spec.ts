import { type APIRequestContext, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.js";

const password = "a long enough password";

/** Same-origin JSON calls from a browser context (sharing its session cookie). */
async function api(request: APIRequestContext, baseURL: string, method: "post" | "get", path: string, data?: unknown) {
  const res = await request[method](path, { headers: { origin: baseURL }, ...(data ? { data } : {}) });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.json();
}

async function addPoint(page: Page, section: string, text: string) {
  const input = page.getByLabel(`New talking point for ${section}`);
  await input.fill(text);
  await input.press("Enter");
  await expect(page.getByText(text, { exact: true })).toBeVisible();
}

test("leader and teammate prepare, run and complete a 1:1; the next one carries over points and follow-ups", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string;
  const stamp = Date.now();
  const leaderContext: BrowserContext = await browser.newContext({ locale: "en-US", timezoneId: "UTC" });
  const teammateContext: BrowserContext = await browser.newContext({ locale: "en-US", timezoneId: "UTC" });
  const signup = await api(leaderContext.request, base, "post", "/api/v1/auth/signup", {
    email: `lea-${stamp}@example.com`,
    password,
    name: "Lea Leader",
    organizationName: "Meeting Co",
  });
  const orgId = signup.organization.id;
  const invite = await api(leaderContext.request, base, "post", `/api/v1/orgs/${orgId}/invitations`, {
    email: `tom-${stamp}@example.com`,
    role: "member",
  });
  const accepted = await api(
    teammateContext.request,
    base,
    "post",
    `/api/v1/invitations/${invite.acceptUrl.split("/invite/")[1]}/accept`,
    {
      name: "Tom Teammate",
      password,
    },
  );
  const firstMeetingAt = new Date(Date.now() + 2 * 3600 * 1000).toISOString();
  const series = await api(leaderContext.request, base, "post", "/api/v1/one-on-ones", {
    teammateId: accepted.user.id,
    cadence: { frequency: "weekly" },
    firstMeetingAt,
    timezone: "UTC",
    durationMinutes: 30,
    organizationId: orgId,
  });
  const meetingUrl = `/meetings/${series.nextMeeting.id}`;

  // Prepare: both add talking points; each sees the other's.
  const tom = await teammateContext.newPage();
  await tom.goto(meetingUrl);
  await expect(tom.getByRole("heading", { name: "1:1 with Lea Leader" })).toBeVisible();
  await addPoint(tom, "Human check-in", "Promotion timeline");
  await expectNoSeriousA11yViolations(tom, "meeting page, prepare (teammate)");

  const lea = await leaderContext.newPage();
  await lea.goto(meetingUrl);
  await expect(lea.getByText("Promotion timeline", { exact: true })).toBeVisible();
  await addPoint(lea, "Human check-in", "Offsite planning");
  await tom.reload();
  await expect(tom.getByText("Offsite planning", { exact: true })).toBeVisible();

  // Run: tick one point, take shared notes, agree a next step owned by the teammate.
  await lea.getByRole("button", { name: "Start meeting" }).click();
  await lea.getByRole("checkbox", { name: "Offsite planning" }).check();
  await expect(lea.getByRole("checkbox", { name: "Offsite planning" })).toBeChecked();
  await lea
    .getByPlaceholder("What you talk about and agree on. Both of you can edit; Markdown works.")
    .first()
    .fill("Agreed: offsite in **May**.");
  await expect(lea.getByText(/^Saved/).first()).toBeVisible();
  const steps = lea.locator("form.add-action");
  await steps.getByLabel("Title").fill("Draft the promotion case");
  await steps.getByLabel("Owner").selectOption({ label: "Tom Teammate" });
  await steps.getByRole("button", { name: "Add next step" }).click();
  await expect(lea.getByText("Draft the promotion case").first()).toBeVisible();
  await expectNoSeriousA11yViolations(lea, "meeting page, run (leader)");

  // Wrap up: rate, keep the cadence's next date, complete.
  await lea.getByRole("button", { name: "Wrap up" }).click();
  const wrapUp = lea.getByRole("dialog", { name: "Wrap up this 1:1" });
  await wrapUp.getByText("Useful", { exact: true }).click();
  await expect(wrapUp.getByRole("radio", { name: "Useful", exact: true })).toBeChecked();
  await expectNoSeriousA11yViolations(lea, "wrap-up dialog");
  await wrapUp.getByRole("button", { name: "Complete 1:1" }).click();
  await expect(lea.getByText(/1:1 completed/).first()).toBeVisible();

  // The next meeting: the undiscussed point is carried over and marked; the action is a follow-up.
  await tom.reload();
  await tom
    .getByRole("link", { name: /^Next:/ })
    .first()
    .click();
  await tom.waitForURL((url) => url.pathname.startsWith("/meetings/") && !url.pathname.endsWith(series.nextMeeting.id));
  await expect(tom.getByText("Promotion timeline", { exact: true })).toBeVisible();
  await expect(tom.getByText(/Carried from/).first()).toBeVisible();
  await expect(tom.getByText("Offsite planning", { exact: true })).toHaveCount(0);
  await expect(tom.getByText("Draft the promotion case").first()).toBeVisible();
  await expectNoSeriousA11yViolations(tom, "next meeting (teammate)");

  // The held meeting keeps its record; the shared notes render as Markdown, not markup.
  await lea.goto(meetingUrl);
  await expect(lea.getByText("May", { exact: true })).toBeVisible();
  await leaderContext.close();
  await teammateContext.close();
});
