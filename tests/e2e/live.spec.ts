import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";
import { api, createPair } from "./pair.js";

const notes = (page: Page) => page.getByRole("textbox", { name: "Shared notes" });

/** The text of the shared notes as typed: lines of the editor, without the other person's caret and name tag. */
const notesText = (page: Page) =>
  page.locator(".cm-content").evaluate((content) =>
    Array.from(content.querySelectorAll(".cm-line"), (line) => {
      const copy = line.cloneNode(true) as HTMLElement;
      for (const mark of copy.querySelectorAll(".cm-ySelectionCaret, .cm-widgetBuffer")) mark.remove();
      return (copy.textContent ?? "").replaceAll("\u2060", "");
    }).join("\n"),
  );

/**
 * Puts the caret at the end of the first or the last line of the shared notes. Lines wrap
 * in the narrow column, and End stops at each wrap point, so it is pressed until the end.
 */
async function caretTo(page: Page, where: "endOfFirstLine" | "end") {
  await notes(page).click();
  if (where === "end") {
    await page.keyboard.press("Control+End");
    return;
  }
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < 8; i++) await page.keyboard.press("End");
}

test("two people type in the shared notes at once, see each other live, and lose nothing across a disconnection", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string;
  const pair = await createPair(browser, base, { org: "Live Co", leader: "Lia Lead", teammate: "Tim Team" });
  const meetingUrl = `/meetings/${pair.meetingId}`;
  // Two lines to write on, one each.
  await api(pair.leader.request, base, "put", `/api/v1/meetings/${pair.meetingId}/notes/shared`, {
    body: "Lia:\nTim:",
    baseVersion: 0,
  });
  await api(pair.leader.request, base, "post", `/api/v1/meetings/${pair.meetingId}/start`, { confirmEarly: true });

  const lia = await pair.leader.newPage();
  const tim = await pair.teammate.newPage();
  await lia.goto(meetingUrl);
  await tim.goto(meetingUrl);

  // Presence: each sees the other on the page; the connection says live.
  await expect(lia.getByText("Tim is here")).toBeVisible();
  await expect(tim.getByText("Lia is here")).toBeVisible();
  await expect(lia.locator(".live-badge")).toHaveText("Live");

  // A talking point added on one screen appears on the other without a reload.
  // Run shows the section both are on (the first, until one of them moves on).
  const input = tim.getByLabel("New talking point for Human check-in");
  await input.fill("Release checklist");
  await input.press("Enter");
  await expect(lia.getByText("Release checklist", { exact: true })).toBeVisible();

  // Both type at the same time, each on their own line: every keystroke arrives, on both screens.
  await expect(notes(lia)).toContainText("Tim:");
  await expect(notes(tim)).toContainText("Tim:");
  await caretTo(lia, "endOfFirstLine");
  await caretTo(tim, "end");
  const liaWrites = " we ship the beta on Friday, with the docs and the migration guide";
  const timWrites = " I will pair with Ana on the release notes and check the rollback plan";
  await Promise.all([lia.keyboard.type(liaWrites, { delay: 15 }), tim.keyboard.type(timWrites, { delay: 15 })]);
  const together = `Lia:${liaWrites}\nTim:${timWrites}`;
  await expect.poll(() => notesText(lia)).toBe(together);
  await expect.poll(() => notesText(tim)).toBe(together);
  await expectNoSeriousA11yViolations(lia, "meeting page, live shared notes (leader)");

  // Tim drops off the network and keeps writing; Lia writes meanwhile.
  await pair.teammate.setOffline(true);
  await expect(tim.locator(".live-badge")).toHaveText("Offline");
  await caretTo(tim, "end");
  await tim.keyboard.type(" (written offline)");
  await caretTo(lia, "endOfFirstLine");
  await lia.keyboard.type(" (while Tim was away)");
  expect(await notesText(lia)).not.toContain("(written offline)");

  // Back online: both edits are on both screens, and stored.
  await pair.teammate.setOffline(false);
  await expect(tim.locator(".live-badge")).toHaveText("Live");
  const merged = `Lia:${liaWrites} (while Tim was away)\nTim:${timWrites} (written offline)`;
  await expect.poll(() => notesText(lia)).toBe(merged);
  await expect.poll(() => notesText(tim)).toBe(merged);
  await expect
    .poll(
      async () => (await api(pair.leader.request, base, "get", `/api/v1/meetings/${pair.meetingId}`)).sharedNote.body,
    )
    .toBe(merged);

  await pair.leader.close();
  await pair.teammate.close();
});

test("the shared notes stop at the size limit and say so", async ({ browser, baseURL }) => {
  const base = baseURL as string;
  const pair = await createPair(browser, base, { org: "Long Notes Co", leader: "Lou Long", teammate: "Tess Terse" });
  // Ten characters short of the 100,000 the REST API and the live channel both allow, in lines of 100.
  await api(pair.leader.request, base, "put", `/api/v1/meetings/${pair.meetingId}/notes/shared`, {
    body: `${"a".repeat(99)}\n`.repeat(999) + "a".repeat(90),
    baseVersion: 0,
  });
  await api(pair.leader.request, base, "post", `/api/v1/meetings/${pair.meetingId}/start`, { confirmEarly: true });
  const lou = await pair.leader.newPage();
  await lou.goto(`/meetings/${pair.meetingId}`);
  await expect(lou.locator(".live-badge")).toHaveText("Live");
  await caretTo(lou, "end");
  await lou.keyboard.type("0123456789XYZ");
  await expect(
    lou.getByRole("alert").filter({ hasText: "This note can hold at most 100,000 characters" }),
  ).toBeVisible();
  await expect
    .poll(async () => {
      const meeting = await api(pair.leader.request, base, "get", `/api/v1/meetings/${pair.meetingId}`);
      return (meeting.sharedNote.body as string).slice(-12);
    })
    .toBe("aa0123456789");
});

test("Run is only a view; both follow one section and its clock, which resumes on reopen; presence says when they were last here", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string;
  const pair = await createPair(browser, base, { org: "Section Co", leader: "Lia Lead", teammate: "Tim Team" });
  const meetingUrl = `/meetings/${pair.meetingId}`;
  const lia = await pair.leader.newPage();
  await lia.goto(meetingUrl);
  await expect(lia.getByText("Tim is not here now")).toBeVisible();

  // The Run tab shows the run view; the meeting is still only scheduled.
  await lia.getByRole("button", { name: "Run", exact: true }).click();
  await expect(lia.getByText(/The meeting hasn’t started/)).toBeVisible();
  const before = await api(pair.leader.request, base, "get", `/api/v1/meetings/${pair.meetingId}`);
  expect(before.meeting.startedAt).toBeNull();

  // Tim visits and leaves: Lia's page says when he was last here.
  const tim = await pair.teammate.newPage();
  await tim.goto(meetingUrl);
  await expect(lia.getByText("Tim is here")).toBeVisible();
  await tim.close();
  await expect(lia.getByText(/Tim is not here now · last here/)).toBeVisible();

  // Started explicitly, both are on the first section; either moves both on.
  await lia.getByRole("button", { name: "Start meeting" }).first().click();
  // The pair's first meeting is more than an hour away: starting now asks first.
  await lia
    .getByRole("alertdialog", { name: "Start this 1:1 now?" })
    .getByRole("button", { name: "Start now" })
    .click();
  await expect(lia.getByRole("timer", { name: /since the meeting started/ })).toBeVisible();
  const tim2 = await pair.teammate.newPage();
  await tim2.goto(meetingUrl);
  await expect(tim2.getByText("Section 1 of 5")).toBeVisible();
  await tim2.getByRole("button", { name: "Next section" }).click();
  await expect(tim2.getByRole("heading", { name: "Progress and obstacles", level: 2 })).toBeVisible();
  await expect(lia.getByText("Section 2 of 5")).toBeVisible();
  await expect(lia.getByRole("heading", { name: "Progress and obstacles", level: 2 })).toBeVisible();
  // Lia pauses the shared clock from her keyboard; Tim's clock pauses too.
  await lia.keyboard.press("t");
  await expect(tim2.getByRole("button", { name: "Start the section timer" })).toBeVisible();

  // Reopening resumes where they are.
  await lia.reload();
  await expect(lia.getByText("Section 2 of 5")).toBeVisible();
  await expect(lia.getByRole("button", { name: "Start the section timer" })).toBeVisible();
  await expectNoSeriousA11yViolations(lia, "run view, shared section (leader)");
  await pair.leader.close();
  await pair.teammate.close();
});
