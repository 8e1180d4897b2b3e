import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";
import { api, createPair } from "./pair.js";

test("a teammate's low check-ins raise an alert on the leader's dashboard, and search finds a note", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string;
  const pair = await createPair(
    browser,
    base,
    { org: "Insight Co", leader: "Lina Lead", teammate: "Ted Team" },
    3600 * 1000,
  );
  const { leader, teammate } = pair;
  const oneOnOne = { id: pair.oneOnOneId, nextMeeting: { id: pair.meetingId } };
  // Two low check-ins in a row: the teammate answers (the first in the meeting page), the meetings are held.
  const tedPage = await teammate.newPage();
  await tedPage.goto(`/meetings/${oneOnOne.nextMeeting.id}`);
  const checkIn = tedPage.getByRole("group", { name: /How are you, really\?/ });
  await checkIn.getByText("Low", { exact: true }).click();
  await expect(checkIn.getByRole("radio", { name: "Low" })).toBeChecked();
  await tedPage.getByRole("button", { name: "Save check-in" }).click();
  await expect(tedPage.getByText("Check-in saved. Thanks for sharing.")).toBeVisible();
  await expectNoSeriousA11yViolations(tedPage, "meeting page with the check-in (teammate)");
  let meetingId = oneOnOne.nextMeeting.id;
  for (const mood of [2, 1]) {
    if (mood === 1)
      await api(teammate.request, base, "post", `/api/v1/meetings/${meetingId}/check-in`, { mood, note: "Tired" });
    const done = await api(leader.request, base, "post", `/api/v1/meetings/${meetingId}/complete`, {
      nextMeetingAt: new Date(Date.now() + (mood + 1) * 3600 * 1000).toISOString(),
    });
    if (mood === 2)
      await api(leader.request, base, "put", `/api/v1/meetings/${meetingId}/notes/shared`, {
        body: "Talked about the hackathon schedule",
        baseVersion: 0,
      });
    meetingId = done.nextMeeting.id;
  }

  const page = await leader.newPage();
  await page.goto("/dashboard");
  const card = page
    .getByRole("article")
    .filter({ hasText: "Ted Team" })
    .or(page.getByRole("listitem").filter({ hasText: "Ted Team" }))
    .first();
  await expect(card).toContainText("Mood dropped");
  await expect(card).toContainText("Low mood");
  await expect(card).not.toContainText("On track");
  await expect(page.getByText("1 person needs your attention. The reason is on their card.")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "dashboard");

  const search = page.getByLabel("Search your 1:1s").first();
  await search.fill("hackath");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=hackath/);
  const result = page.getByRole("link", { name: /hackathon/i }).first();
  await expect(result).toBeVisible();
  await expect(page.locator("mark").first()).toHaveText(/hackathon/i);
  await expectNoSeriousA11yViolations(page, "search");

  // Ratings are private to their author: the leader is told so, until the teammate shares theirs.
  await api(teammate.request, base, "post", `/api/v1/meetings/${oneOnOne.nextMeeting.id}/rating`, { score: 2 });
  await page.goto(`/one-on-ones/${oneOnOne.id}/insights`);
  await expect(page.getByRole("heading", { name: "Trends with Ted Team" })).toBeVisible();
  await expect(page.getByText("Ratings are private: Ted Team sees only theirs, you see only yours.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Share my ratings/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, "pair insights");

  await tedPage.goto(`/one-on-ones/${oneOnOne.id}/insights`);
  const share = tedPage.getByRole("checkbox", { name: "Share my ratings in this 1:1 with Lina Lead" });
  await expect(share).not.toBeChecked();
  await share.check();
  await expect(tedPage.getByText("Lina Lead can now see your ratings in this 1:1.")).toBeVisible();
  await expectNoSeriousA11yViolations(tedPage, "pair insights (teammate, sharing ratings)");
  await page.reload();
  await expect(page.getByText("Ted Team shares their ratings in this 1:1 with you.", { exact: false })).toBeVisible();

  // The owner's analytics: averages of the last closed month only, and each hidden figure says why.
  await page.goto("/analytics");
  await expect(
    page.getByText(/Mood and usefulness averages cover .+ 20\d\d, and appear only for groups of 5/),
  ).toBeVisible();
  await expect(page.getByText("Hidden to protect privacy (fewer than 5 people)").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, "analytics");

  // Analytics is for owners and admins: a member is told so, and sees no figures.
  await tedPage.goto("/analytics");
  await expect(tedPage.getByText(/owners and admins/i).first()).toBeVisible();
  await leader.close();
  await teammate.close();
});
