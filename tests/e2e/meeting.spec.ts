import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";
import { api, createPair } from "./pair.js";

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

  // Starting is explicit, and two hours early it asks first; started by mistake, it can be undone.
  const header = lea.locator(".meeting-header");
  await lea.getByRole("button", { name: "Run", exact: true }).click();
  await expect(header.getByText("In progress")).toHaveCount(0);
  await header.getByRole("button", { name: "Start meeting" }).click();
  const early = lea.getByRole("alertdialog", { name: "Start this 1:1 now?" });
  await early.getByRole("button", { name: "Start now" }).click();
  await header.getByRole("button", { name: "Un-start" }).click();
  await expect(header.getByRole("button", { name: "Start meeting" })).toBeVisible();
  await header.getByRole("button", { name: "Start meeting" }).click();
  await lea
    .getByRole("alertdialog", { name: "Start this 1:1 now?" })
    .getByRole("button", { name: "Start now" })
    .click();

  // Run: tick one point, take shared notes, agree a next step owned by the teammate.
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

  // The held meeting keeps its record, and says when it was held in its header as in its banner.
  await lea.goto(meetingUrl);
  await expect(lea.locator(".record-banner .callout-title")).toContainText("Held on");
  const held = await api(pair.leader.request, base, "get", `/api/v1/meetings/${oneOnOne.nextMeeting.id}`);
  await expect(lea.locator(".meeting-meta time")).toHaveAttribute("datetime", held.meeting.completedAt);
  const heldTime = /\d{1,2}:\d{2}\s?[AP]M/.exec(
    (await lea.locator(".record-banner .callout-title").textContent()) ?? "",
  );
  await expect(lea.locator(".meeting-meta time")).toContainText(heldTime?.[0] ?? "no time in the banner");
  await expect(lea.getByText(/that’s \d+ next steps/i)).toHaveCount(0);
  // Until the next meeting starts, both can still fix the record: it then says so, and the recap can go again.
  const sharedNotes = lea.getByRole("region", { name: "Shared notes" });
  await expect(lea.getByRole("textbox", { name: "Shared notes" })).toBeVisible();
  // The shared notes render as Markdown, not markup.
  await sharedNotes.getByRole("button", { name: "Preview" }).click();
  await expect(lea.getByText("May", { exact: true })).toBeVisible();
  await lea.getByRole("checkbox", { name: "Offsite planning" }).uncheck();
  await expect(lea.getByRole("checkbox", { name: "Offsite planning" })).not.toBeChecked();
  await lea.reload();
  await expect(lea.getByText("Edited after the meeting")).toBeVisible();
  await lea.getByRole("button", { name: "Send amended recap" }).click();
  await expect(lea.getByText("The amended recap is on its way to you both.")).toBeVisible();

  // An unknown meeting says so, without offering to try again.
  await lea.goto("/meetings/00000000-0000-4000-8000-000000000000");
  await expect(lea.getByRole("heading", { name: "This meeting doesn’t exist" })).toBeVisible();
  await expect(lea.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await leaderContext.close();
  await teammateContext.close();
});

test("moving one meeting keeps the 1:1's rhythm: its label comes from the cadence, not the next meeting", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string;
  const pair = await createPair(
    browser,
    base,
    { org: "Rhythm Co", leader: "Rhea Lead", teammate: "Ray Mate" },
    2 * 86_400_000,
  );
  const first = await api(pair.leader.request, base, "get", `/api/v1/meetings/${pair.meetingId}`);
  const weekday = (date: Date) => date.toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" });
  const planned = new Date(first.meeting.scheduledAt);
  const moved = new Date(planned.getTime() + 86_400_000);
  await api(pair.leader.request, base, "post", `/api/v1/meetings/${pair.meetingId}/reschedule`, {
    scheduledAt: moved.toISOString(),
    reason: "Offsite",
  });
  const page = await pair.leader.newPage();
  await page.goto(`/one-on-ones/${pair.oneOnOneId}`);
  await expect(page.getByText(`Every week on ${weekday(planned)}`).first()).toBeVisible();
  await expect(page.getByText(`Every week on ${weekday(moved)}`)).toHaveCount(0);
  await pair.leader.close();
  await pair.teammate.close();
});
