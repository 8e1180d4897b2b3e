import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";
import { createPair } from "./pair.js";

/** Prepare has one add box for the whole agenda: pick the section, then type. */
async function addPoint(page: Page, section: string, text: string) {
  await page.getByLabel("Section", { exact: true }).selectOption({ label: section });
  const input = page.getByLabel("New talking point", { exact: true });
  await input.fill(text);
  await input.press("Enter");
  await expect(page.getByText(text, { exact: true })).toBeVisible();
}

test("leader and teammate prepare, run and complete a 1:1; the next one carries over points and follow-ups", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string;
  const pair = await createPair(browser, base, { org: "Meeting Co", leader: "Lea Leader", teammate: "Tom Teammate" });
  const { leader: leaderContext, teammate: teammateContext } = pair;
  const oneOnOne = { nextMeeting: { id: pair.meetingId } };
  const meetingUrl = `/meetings/${oneOnOne.nextMeeting.id}`;

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
  // No reload: the teammate's page shows it live.
  await expect(tom.getByText("Offsite planning", { exact: true })).toBeVisible();

  // Run: tick one point, take shared notes, agree a next step owned by the teammate.
  await lea.getByRole("button", { name: "Start meeting" }).click();
  await lea.getByRole("checkbox", { name: "Offsite planning" }).check();
  await expect(lea.getByRole("checkbox", { name: "Offsite planning" })).toBeChecked();
  await lea.getByRole("textbox", { name: "Shared notes" }).fill("Agreed: offsite in **May**.");
  await expect(lea.getByText("Changes appear on both screens as you make them.")).toBeVisible();
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
  await tom.waitForURL(
    (url) => url.pathname.startsWith("/meetings/") && !url.pathname.endsWith(oneOnOne.nextMeeting.id),
  );
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
