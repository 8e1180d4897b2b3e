// Screenshots and axe checks of the insight pages (team dashboard, pair trends, search, analytics)
// in light and dark, desktop and 390 px wide, against the seeded demo workspace.
// Usage: rm -f /tmp/demo.db*; DEMO_DATABASE_URL=sqlite:/tmp/demo.db npx tsx server/demo/seed-cli.ts --seed-only
//        npx vite build && PORT=3300 APP_URL=http://127.0.0.1:3300 DATABASE_URL=sqlite:/tmp/demo.db npx tsx server/main.ts
//        BASE_URL=http://127.0.0.1:3300 OUT=/tmp/insights-shots node web/scripts/screenshots-insights.mjs
import { createShooter, launchBrowser, settle } from "./shoot.mjs";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3300";
const OUT = process.env.OUT ?? "/tmp/insights-shots";
const PASSWORD = "rapport-demo";
const ONLY = process.env.ONLY ?? "";
const checks = [];
const { shoot, findings } = await createShooter(OUT, 300);
const browser = await launchBrowser();

// Sign each person in once (logins are rate-limited) and reuse the session cookie.
const sessions = new Map();

/** A signed-in browser context for a demo user, in a theme and width. */
async function signedIn(who, { theme = "light", width = 1280 } = {}) {
  const ctx = await browser.newContext({
    baseURL: BASE,
    viewport: { width, height: width < 600 ? 844 : 900 },
    locale: "en-US",
    timezoneId: "America/Sao_Paulo",
    colorScheme: theme,
    storageState: sessions.get(who),
  });
  await ctx.addInitScript((t) => localStorage.setItem("rapport.theme", t), theme);
  if (!sessions.has(who)) {
    const res = await ctx.request.post("/api/v1/auth/login", {
      data: { email: `${who}@demo.rapport.dev`, password: PASSWORD },
      headers: { origin: BASE },
    });
    if (!res.ok()) throw new Error(`login ${who}: ${res.status()}`);
    sessions.set(who, await ctx.storageState());
  }
  return ctx;
}

function check(name, ok, detail = "") {
  checks.push({ name, ok, detail });
}

const ctx0 = await signedIn("marina");
const rows = (await (await ctx0.request.get("/api/v1/dashboard")).json()).people;
const pair = (first) => rows.find((r) => r.teammate.name.startsWith(first))?.oneOnOneId;
const diego = pair("Diego");
const emma = pair("Emma");
const joao = pair("João");
// A private note with markup typed by the user: search must show it as text, marked "Only you".
const lastWithDiego = rows.find((r) => r.oneOnOneId === diego);
const series = await (await ctx0.request.get(`/api/v1/one-on-ones/${diego}`)).json();
const meetingId = series.lastMeeting?.id ?? lastWithDiego?.nextMeetingId;
const meeting = await (await ctx0.request.get(`/api/v1/meetings/${meetingId}`)).json();
await ctx0.request.put(`/api/v1/meetings/${meetingId}/notes/private`, {
  data: { body: "Ask <b>gently</b> about the zebracorn deadline", baseVersion: meeting.myPrivateNote?.version ?? 0 },
  headers: { origin: BASE },
});
await ctx0.close();

const pages = [
  ["dashboard", "/dashboard"],
  ["pair-diego", `/one-on-ones/${diego}/insights`],
  ["pair-emma", `/one-on-ones/${emma}/insights`],
  ["pair-joao", `/one-on-ones/${joao}/insights`],
  ["search-results", "/search?q=review"],
  ["search-idle", "/search"],
  ["search-private", "/search?q=zebracorn"],
  ["search-none", "/search?q=quokka"],
  ["search-nowords", `/search?q=${encodeURIComponent("+")}`],
  ["analytics", "/analytics"],
];

for (const [theme, width, suffix] of [
  ["light", 1280, "light"],
  ["dark", 1280, "dark"],
  ["light", 390, "mobile"],
  ["dark", 390, "mobile-dark"],
]) {
  const ctx = await signedIn("marina", { theme, width });
  const page = await ctx.newPage();
  for (const [name, path] of pages) {
    if (ONLY && !name.includes(ONLY)) continue;
    if (suffix === "mobile-dark" && !["dashboard", "pair-diego", "analytics"].includes(name)) continue;
    await page.goto(path);
    await shoot(page, `${name}-${suffix}`);
  }
  await ctx.close();
}

// Other people: the owner, a teammate (who leads nobody and is not an admin).
for (const [who, name, path] of [
  ["alex", "analytics-owner", "/analytics"],
  ["diego", "dashboard-empty", "/dashboard"],
  ["diego", "pair-teammate", `/one-on-ones/${diego}/insights`],
  ["diego", "pair-not-mine", `/one-on-ones/${emma}/insights`],
  ["diego", "analytics-member", "/analytics"],
]) {
  if (ONLY && !name.includes(ONLY)) continue;
  const ctx = await signedIn(who);
  const page = await ctx.newPage();
  await page.goto(path);
  await shoot(page, `${name}-light`);
  if (name === "pair-not-mine")
    check(
      "someone else's pair shows the not-found page",
      (await page.locator("h1").textContent())?.length > 0 && (await page.locator(".not-found").count()) === 1,
    );
  if (name === "dashboard-empty")
    check("analytics hidden from members' navigation", (await page.locator('a[href="/analytics"]').count()) === 0);
  await ctx.close();
}

// Keyboard: "/" focuses search, never while typing; a chart point shows its tooltip on focus.
if (!ONLY) {
  const ctx = await signedIn("marina");
  const page = await ctx.newPage();
  await page.goto("/dashboard");
  await settle(page);
  await page.keyboard.press("/");
  check(
    '"/" focuses the sidebar search',
    (await page.evaluate(() => document.activeElement?.id)) === "shell-search-input",
  );
  await page.keyboard.type("payments");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/search\?q=payments/);
  await settle(page);
  check("header search opens results", (await page.locator(".search-result").count()) > 0);
  const marks = await page.locator(".search-snippet mark").count();
  check("matches are marked", marks > 0, `${marks} marks`);
  await page.goto("/search?q=zebracorn");
  await settle(page);
  const text = await page.locator(".search-snippet").first().textContent();
  check("typed markup shows as text", text?.includes("<b>gently</b>") === true, text ?? "");
  check('a private note is marked "Only you"', (await page.locator(".badge-private").count()) === 1);
  await page.locator("#search-page-input").fill("pay");
  await page.locator("#search-page-input").press("/");
  check(
    '"/" types into a field instead of jumping',
    (await page.locator("#search-page-input").inputValue()) === "pay/",
  );
  await page.goto(`/one-on-ones/${diego}/insights`);
  await settle(page);
  await page
    .locator("[data-point]")
    .first()
    .evaluate(() => undefined);
  await page.locator('.chart [tabindex="0"]').first().focus();
  await page.keyboard.press("ArrowLeft");
  check(
    "a focused chart point shows a tooltip",
    (await page.locator(".chart-tip").count()) === 1,
    await page.locator(".chart-tip").first().textContent(),
  );
  await page
    .locator(".chart-frame")
    .first()
    .screenshot({ path: `${OUT}/chart-focus-light.png` });
  await ctx.close();
}

await browser.close();
const serious = findings.filter((f) => f.impact === "serious" || f.impact === "critical");
console.log(JSON.stringify({ checks, findings }, null, 2));
console.log(`${serious.length} serious/critical axe findings; ${checks.filter((c) => !c.ok).length} failed checks.`);
process.exitCode = serious.length > 0 || checks.some((c) => !c.ok) ? 1 : 0;
