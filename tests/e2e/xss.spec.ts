import { expect, type Page, test } from "@playwright/test";
import { api, createPair } from "./pair.js";

// Markup a careless page would run. Each sets window.__xss, which must stay undefined.
const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = "<script>window.__xss=1</script>";
const SVG = '"><svg onload=window.__xss=1>';
// Quoted attributes make this one valid inline HTML for Markdown (the unquoted one is not).
const QUOTED_IMG = '<img src="x" onerror="window.__xss=1">';
// Shared notes are Markdown: raw HTML and javascript: links must come out as text.
const NOTE = [
  `# Notes ${IMG}`,
  SCRIPT,
  '<div onmouseover="window.__xss=1">hover</div>',
  QUOTED_IMG,
  "[click me](javascript:window.__xss=1)",
  `- item ${SVG}`,
].join("\n\n");

/** What the page did with the markup: nothing ran, no element was made from it, and the text is shown as typed. */
async function expectInert(page: Page, label: string, shown: string[]): Promise<void> {
  await page.waitForLoadState("networkidle");
  const bodyText = () => page.evaluate(() => document.body.textContent ?? "");
  for (const text of shown) await expect.poll(bodyText, { message: `${label}: shows ${text} as text` }).toContain(text);
  const found = await page.evaluate(() => ({
    xss: typeof (window as { __xss?: unknown }).__xss,
    injectedImages: document.querySelectorAll('img[src="x"], svg[onload]').length,
    handlerAttributes: [...document.querySelectorAll("*")]
      .flatMap((el) => [...el.attributes].filter((a) => a.name.toLowerCase().startsWith("on")))
      .map((a) => `${a.ownerElement?.tagName} ${a.name}`),
    inlineScripts: [...document.scripts].filter((s) => s.textContent?.includes("__xss")).length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
  }));
  expect(found, label).toEqual({
    xss: "undefined",
    injectedImages: 0,
    handlerAttributes: [],
    inlineScripts: 0,
    javascriptLinks: 0,
  });
}

test("markup in names, talking points, notes, actions, feedback, goals and templates shows as text and never runs", async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string;
  const leaderName = `Lea ${IMG}`;
  const teammateName = `Tom ${SCRIPT}`;
  const pair = await createPair(browser, base, { org: `Org ${SVG}`, leader: leaderName, teammate: teammateName });
  const { leader, teammate } = pair;
  const m = (id: string, rest = "") => `/api/v1/meetings/${id}${rest}`;
  const oneOnOne = `/api/v1/one-on-ones/${pair.oneOnOneId}`;

  // The first meeting gets content of every kind, then is held: it shows in history and as a record.
  await api(leader.request, base, "post", m(pair.meetingId, "/agenda-items"), { body: `Point ${IMG}` });
  await api(teammate.request, base, "post", m(pair.meetingId, "/agenda-items"), { body: `Point ${SCRIPT}` });
  await api(leader.request, base, "put", m(pair.meetingId, "/notes/shared"), { body: NOTE, baseVersion: 0 });
  await api(leader.request, base, "put", m(pair.meetingId, "/notes/private"), { body: `Mine ${IMG}`, baseVersion: 0 });
  await api(leader.request, base, "post", m(pair.meetingId, "/action-items"), {
    title: `Action ${IMG}`,
    ownerId: pair.teammateId,
  });
  await api(leader.request, base, "post", m(pair.meetingId, "/feedback"), {
    kind: "improvement",
    body: `Feedback ${SCRIPT}`,
    example: `Example ${IMG}`,
  });
  await api(teammate.request, base, "post", m(pair.meetingId, "/check-in"), { mood: 4, note: `Check-in ${SVG}` });
  const goal = await api(teammate.request, base, "post", `${oneOnOne}/goals`, { title: `Goal ${IMG}`, why: SCRIPT });
  await api(teammate.request, base, "post", `/api/v1/goals/${goal.goal.id}/progress`, { body: `Progress ${SVG}` });
  await api(leader.request, base, "post", `${oneOnOne}/standing-items`, { body: `Standing ${SCRIPT}` });
  const template = await api(leader.request, base, "post", `/api/v1/orgs/${pair.orgId}/templates`, {
    name: `Template ${IMG}`,
    scope: "organization",
    sections: [
      { key: "talk", title: `Section ${SCRIPT}`, minutes: 10, prompts: [`Prompt ${SVG}`] },
      // This key shows the pair's goals in the section.
      { key: "development", title: `Growth ${IMG}`, minutes: 5, prompts: [] },
    ],
  });
  const patched = await leader.request.patch(oneOnOne, {
    headers: { origin: base },
    data: { templateId: template.template.id },
  });
  expect(patched.ok(), await patched.text()).toBe(true);
  const done = await api(leader.request, base, "post", m(pair.meetingId, "/complete"), { rating: 4 });
  const nextId: string = done.nextMeeting.id;
  await api(leader.request, base, "put", m(nextId, "/notes/shared"), { body: NOTE, baseVersion: 0 });

  const lea = await leader.newPage();
  const tom = await teammate.newPage();

  await lea.goto(`/meetings/${pair.meetingId}`);
  await expectInert(lea, "held meeting (record, Markdown notes)", [
    teammateName,
    `Point ${IMG}`,
    `Notes ${IMG}`,
    SCRIPT,
    "[click me](javascript:window.__xss=1)",
    QUOTED_IMG,
    `Action ${IMG}`,
    `Feedback ${SCRIPT}`,
    `Example ${IMG}`,
  ]);

  await tom.goto(`/meetings/${nextId}`);
  await expectInert(tom, "next meeting (carried points, follow-ups, template, standing item, goal)", [
    leaderName,
    `Point ${SCRIPT}`,
    `Action ${IMG}`,
    `Section ${SCRIPT}`,
    `Standing ${SCRIPT}`,
    `Growth ${IMG}`,
  ]);
  await tom.getByRole("button", { name: "Run", exact: true }).click();
  const shared = tom.getByRole("region", { name: "Shared notes" });
  await shared.getByRole("button", { name: "Preview" }).click();
  await expectInert(tom, "run mode, shared notes preview (Markdown)", [`Notes ${IMG}`, SVG, `Goal ${IMG}`]);

  await tom.goto("/");
  await expectInert(tom, "home (teammate)", [leaderName, `Action ${IMG}`]);
  await lea.goto("/");
  await expectInert(lea, "home (leader)", [teammateName]);
  await lea.goto("/dashboard");
  await expectInert(lea, "dashboard", [teammateName]);
  await lea.goto(`/one-on-ones/${pair.oneOnOneId}`);
  await expectInert(lea, "1:1 page (history)", [teammateName, `Standing ${SCRIPT}`]);
  await lea.getByRole("button", { name: "Show notes and next steps" }).first().click();
  await expectInert(lea, "1:1 page (history opened, Markdown notes)", [`Notes ${IMG}`, SCRIPT, `Action ${IMG}`]);
  await lea.goto(`/one-on-ones/${pair.oneOnOneId}/insights`);
  await expectInert(lea, "pair insights (goals, feedback)", [`Goal ${IMG}`, `Progress ${SVG}`, `Feedback ${SCRIPT}`]);
  await lea.goto("/search?q=xss");
  await expectInert(lea, "search", [`Point ${IMG}`, `Point ${SCRIPT}`]);
  await lea.goto("/people");
  await expectInert(lea, "people", [leaderName, teammateName]);
  await lea.goto("/templates");
  await expectInert(lea, "templates", [`Template ${IMG}`]);
  await lea.goto("/outbox");
  await expectInert(lea, "outbox (e-mails as text)", [teammateName]);

  await leader.close();
  await teammate.close();
});
