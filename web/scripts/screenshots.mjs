// Screenshots and axe checks of every page, in light and dark, desktop and 390 px wide.
// Usage: BASE_URL=http://127.0.0.1:3100 OUT=/tmp/shots node web/scripts/screenshots.mjs
// Needs a running server with an empty database (it signs up a fresh workspace).
import { AxeBuilder } from "@axe-core/playwright";
import { createShooter, launchBrowser, settle } from "./shoot.mjs";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const OUT = process.env.OUT ?? "/tmp/rapport-shots";
const PASSWORD = "correct horse battery";
// FRESH_DB=1 gives tidy addresses for the README picture; otherwise each run is unique.
const domain = process.env.FRESH_DB ? "acmelabs.example" : `acme-${Date.now().toString(36)}.example`;
const owner = { name: "Ana Souza", email: `ana@${domain}`, org: "Acme Labs" };
const team = [
  { name: "Bruno Lima", email: `bruno@${domain}`, role: "admin", manager: "owner" },
  { name: "Carla Mendes", email: `carla@${domain}`, role: "member", manager: "owner" },
  { name: "Diego Rocha", email: `diego@${domain}`, role: "member", manager: "Bruno Lima" },
  { name: "Elena García", email: `elena@${domain}`, role: "member", manager: "Bruno Lima" },
  { name: "Felipe Costa", email: `felipe@${domain}`, role: "member", manager: "Diego Rocha" },
  { name: "Gabriela Nunes", email: `gabriela@${domain}`, role: "member", manager: null },
];

const { shoot: check, findings } = await createShooter(OUT);
const browser = await launchBrowser();

async function newContext(options = {}) {
  return browser.newContext({ baseURL: BASE, locale: "en-US", timezoneId: "America/Sao_Paulo", ...options });
}

async function api(request, method, path, data) {
  const response = await request.fetch(path, {
    method,
    data,
    headers: { origin: BASE, "content-type": "application/json" },
  });
  if (!response.ok()) throw new Error(`${method} ${path} -> ${response.status()} ${await response.text()}`);
  return response.status() === 204 ? null : response.json();
}

// 1. Signed-out pages and sign-up, through the UI.
const ctx = await newContext({ viewport: { width: 1280, height: 860 } });
const page = await ctx.newPage();
await page.goto("/people");
await page.waitForURL(/\/login\?next=/);
await check(page, "login-light");
await page.getByRole("link", { name: "Create a workspace" }).click();
await check(page, "signup-light");
await page.getByRole("button", { name: "Create workspace" }).click();
await check(page, "signup-errors-light");
await page.getByLabel("Your name").fill(owner.name);
await page.getByLabel("Work e-mail").fill(owner.email);
await page.getByLabel("Password").fill(PASSWORD);
await page.getByLabel("Team or company name").fill(owner.org);
await page.getByRole("button", { name: "Create workspace" }).click();
await page.waitForURL(/\/people$/);
await check(page, "people-alone-light");
await page.goto("/");
await check(page, "home-new-light");

// 2. Invite through the dialog, accept through the invitation page in another context.
await page.goto("/people");
await page.getByRole("button", { name: "Invite people" }).first().click();
const dialog = page.getByRole("dialog");
await dialog.waitFor();
await page.screenshot({ path: `${OUT}/invite-dialog-light.png` });
const first = team[0];
await dialog.getByLabel("E-mail").fill(first.email);
await dialog.getByLabel("Name").fill(first.name);
await dialog.getByLabel("Role").selectOption(first.role);
await dialog.getByRole("button", { name: "Send invitation" }).click();
const linkInput = dialog.getByLabel("Invitation link");
await linkInput.waitFor();
const firstLink = await linkInput.inputValue();
await page.waitForTimeout(300);
await page.screenshot({ path: `${OUT}/invite-sent-light.png` });
await dialog.getByRole("button", { name: "Done" }).click();

const guestCtx = await newContext({ viewport: { width: 1280, height: 860 } });
const guest = await guestCtx.newPage();
await guest.goto(new URL(firstLink).pathname);
await check(guest, "invite-accept-light");
await guest.getByLabel("Choose a password").fill(PASSWORD);
await guest.getByRole("button", { name: /Join/ }).click();
await guest.waitForURL(`${BASE}/`);
await check(guest, "home-member-light");
await guest.goto("/invite/not-a-real-token-123");
await check(guest, "invite-invalid-light");

// 3. The rest of the team through the API, accepted in throwaway contexts.
const me = await api(ctx.request, "GET", "/api/v1/me");
const orgId = me.memberships[0].organization.id;
const ids = { owner: me.user.id };
const bruno = (await api(ctx.request, "GET", `/api/v1/orgs/${orgId}/people`)).people.find(
  (p) => p.email === first.email,
);
ids[first.name] = bruno.userId;
for (const person of team.slice(1)) {
  const invitation = await api(ctx.request, "POST", `/api/v1/orgs/${orgId}/invitations`, {
    email: person.email,
    name: person.name,
    role: person.role,
  });
  const other = await newContext();
  const token = new URL(invitation.acceptUrl).pathname.split("/").pop();
  const accepted = await api(other.request, "POST", `/api/v1/invitations/${token}/accept`, {
    name: person.name,
    password: PASSWORD,
  });
  ids[person.name] = accepted.user.id;
  await other.close();
}
await page.goto("/people");
await check(page, "people-nolines-light");
for (const person of team) {
  if (!person.manager) continue;
  await api(ctx.request, "PATCH", `/api/v1/orgs/${orgId}/people/${ids[person.name]}`, {
    managerId: ids[person.manager],
  });
}
await api(ctx.request, "POST", `/api/v1/orgs/${orgId}/invitations`, {
  email: `hana@${domain}`,
  name: "Hana Ito",
  role: "member",
  managerId: ids["Bruno Lima"],
});

// 3b. 1:1s: one started through the form, one with history through the API.
async function signIn(email) {
  const context = await newContext();
  await api(context.request, "POST", "/api/v1/auth/login", { email, password: PASSWORD });
  return context;
}
const tomorrowAt = (hourUtc) => {
  const day = new Date(Date.now() + 24 * 3600 * 1000);
  day.setUTCHours(hourUtc, 0, 0, 0);
  return day.toISOString();
};
await page.goto(`/one-on-ones/new?teammate=${ids["Bruno Lima"]}`);
await check(page, "oneonone-new-light");
await page.getByRole("button", { name: "Start 1:1" }).click();
await page.waitForURL(/\/meetings\//);
const brunoMeeting = new URL(page.url()).pathname.split("/").pop();

const carlaId = ids["Carla Mendes"];
const series = await api(ctx.request, "POST", "/api/v1/one-on-ones", {
  teammateId: carlaId,
  organizationId: orgId,
  cadence: { frequency: "weekly" },
  firstMeetingAt: tomorrowAt(13),
  timezone: "America/Sao_Paulo",
  durationMinutes: 45,
});
const carlaCtx = await signIn(team[1].email);
const heldMeeting = series.nextMeeting.id;
const point = (
  await api(carlaCtx.request, "POST", `/api/v1/meetings/${heldMeeting}/agenda-items`, {
    body: "How the launch went",
    sectionKey: "progress",
  })
).agendaItem;
await api(carlaCtx.request, "POST", `/api/v1/meetings/${heldMeeting}/agenda-items`, {
  body: "Feedback on my design review",
  sectionKey: "feedback",
});
await api(ctx.request, "PATCH", `/api/v1/agenda-items/${point.id}`, { discussed: true });
await api(ctx.request, "PUT", `/api/v1/meetings/${heldMeeting}/notes/shared`, {
  body: "**Launch**: smooth, two small bugs.\n\n- Carla pairs with Diego on the flaky tests\n- Share drafts earlier",
  baseVersion: 0,
});
await api(ctx.request, "POST", `/api/v1/meetings/${heldMeeting}/action-items`, {
  title: "Pair with Diego on the flaky tests",
  ownerId: carlaId,
  dueDate: new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 10),
});
const second = (await api(ctx.request, "POST", `/api/v1/meetings/${heldMeeting}/complete`, { rating: 4 })).nextMeeting
  .id;
const current = (await api(ctx.request, "POST", `/api/v1/meetings/${second}/cancel`, { reason: "Carla was out sick" }))
  .nextMeeting.id;
await api(ctx.request, "POST", `/api/v1/one-on-ones/${series.id}/standing-items`, {
  body: "On-call load this week",
  sectionKey: "check_in",
});
await api(carlaCtx.request, "POST", `/api/v1/meetings/${current}/agenda-items`, {
  body: "Taking on the mobile release",
  sectionKey: "development",
});
for (const title of ["Write the release checklist", "Book the design review", "Draft the hiring plan"]) {
  await api(ctx.request, "POST", `/api/v1/meetings/${current}/action-items`, { title, ownerId: carlaId });
}
await api(ctx.request, "POST", `/api/v1/meetings/${current}/start`, {});
await carlaCtx.close();

// 4. Every signed-in page, light then dark, desktop then phone.
async function tour(context, suffix) {
  const p = await context.newPage();
  await p.goto("/");
  await check(p, `home-${suffix}`);
  await p.goto("/people");
  await check(p, `people-${suffix}`);
  await p.goto("/people/chart");
  await check(p, `chart-${suffix}`);
  await p.goto("/settings");
  await check(p, `settings-${suffix}`);
  await p.goto("/nowhere");
  await check(p, `notfound-${suffix}`);
  await p.goto("/one-on-ones");
  await check(p, `oneonones-${suffix}`);
  await p.goto(`/one-on-ones/${series.id}`);
  await check(p, `series-${suffix}`);
  await p.goto(`/meetings/${brunoMeeting}`);
  await check(p, `meeting-prepare-${suffix}`);
  await p.goto(`/meetings/${current}`);
  await check(p, `meeting-run-${suffix}`);
  await p.getByRole("button", { name: "Wrap up" }).click();
  await p.getByRole("dialog").waitFor();
  await check(p, `wrapup-${suffix}`);
  await p.keyboard.press("Escape");
  await p.goto(`/meetings/${heldMeeting}`);
  await check(p, `meeting-record-${suffix}`);
  await p.goto("/templates");
  await check(p, `templates-${suffix}`);
  await p.goto("/audit");
  await check(p, `audit-${suffix}`);
  await p.goto("/webhooks");
  await check(p, `webhooks-${suffix}`);
  await p.goto("/sso");
  await check(p, `sso-${suffix}`);
  await p.close();
}
const state = await ctx.storageState();
for (const [suffix, options] of [
  ["light", { viewport: { width: 1280, height: 860 }, colorScheme: "light" }],
  ["dark", { viewport: { width: 1280, height: 860 }, colorScheme: "dark" }],
  ["mobile-light", { viewport: { width: 390, height: 844 }, colorScheme: "light", isMobile: true, hasTouch: true }],
  ["mobile-dark", { viewport: { width: 390, height: 844 }, colorScheme: "dark", isMobile: true, hasTouch: true }],
]) {
  const context = await newContext({ ...options, storageState: state });
  await tour(context, suffix);
  if (suffix.startsWith("mobile")) {
    const p = await context.newPage();
    await p.goto("/people");
    await settle(p);
    await p.getByRole("button", { name: "Menu" }).click();
    await check(p, `menu-${suffix}`);
    await p.close();
    const out = await newContext({ ...options });
    const q = await out.newPage();
    await q.goto("/login");
    await check(q, `login-${suffix}`);
    await out.close();
  }
  await context.close();
}

// The README picture: the People page, light, at a common laptop size.
if (process.env.DOCS_SHOT) {
  const docs = await newContext({ viewport: { width: 1360, height: 900 }, colorScheme: "light", storageState: state });
  const dp2 = await docs.newPage();
  await dp2.goto("/people");
  await settle(dp2);
  await dp2.screenshot({ path: process.env.DOCS_SHOT });
  await docs.close();
}

// 5. A few moments worth a look: dark login and dialogs, a fresh API token, Portuguese.
const dark = await newContext({ viewport: { width: 1280, height: 860 }, colorScheme: "dark" });
const dp = await dark.newPage();
await dp.goto("/login");
await check(dp, "login-dark");
await dp.goto("/signup");
await check(dp, "signup-dark");
await dark.close();

const settings = await newContext({ viewport: { width: 1280, height: 860 }, storageState: state });
const sp = await settings.newPage();
await sp.goto("/settings");
await settle(sp);
await sp.getByLabel("Token name").fill("Calendar sync");
await sp.getByRole("button", { name: "Create token" }).click();
await sp.getByLabel("Token secret").waitFor();
await check(sp, "settings-token-light");
await sp.goto("/people");
await settle(sp);
await sp.getByRole("button", { name: "Deactivate Gabriela Nunes" }).click();
await sp.getByRole("alertdialog").waitFor();
await sp.waitForTimeout(300);
await sp.screenshot({ path: `${OUT}/confirm-light.png` });
const axeDialog = await new AxeBuilder({ page: sp }).analyze();
for (const v of axeDialog.violations) findings.push({ page: "confirm-light", id: v.id, impact: v.impact });
await sp.getByRole("alertdialog").getByRole("button", { name: "Deactivate" }).click();
await sp.getByRole("heading", { name: "Deactivated" }).waitFor();
await check(sp, "people-deactivated-light");
await sp.goto("/people/chart");
await settle(sp);
await sp.getByRole("tree").getByRole("treeitem").first().focus();
await sp.keyboard.press("ArrowDown");
await sp.keyboard.press("ArrowDown");
await sp.screenshot({ path: `${OUT}/chart-keyboard-light.png` });
await settings.close();

// The template editor, the shortcuts list and the teammate's side of a meeting.
const extras = await newContext({ viewport: { width: 1280, height: 860 }, storageState: state });
const ep = await extras.newPage();
await ep.goto("/templates");
await settle(ep);
await ep.getByRole("button", { name: "Duplicate" }).first().click();
await ep.getByRole("dialog").waitFor();
await check(ep, "template-editor-light");
await ep.goto(`/meetings/${current}`);
await settle(ep);
await ep.keyboard.press("?");
await ep.getByRole("dialog").waitFor();
await check(ep, "shortcuts-light");
await extras.close();
const carlaView = await newContext({ viewport: { width: 1280, height: 860 } });
const cv = await carlaView.newPage();
await cv.goto("/login");
await cv.getByLabel("E-mail").fill(team[1].email);
await cv.getByLabel("Password").fill(PASSWORD);
await cv.getByRole("button", { name: "Sign in", exact: true }).click();
await cv.waitForURL(`${BASE}/`);
await check(cv, "home-teammate-light");
await cv.goto(`/meetings/${current}`);
await check(cv, "meeting-teammate-light");
await carlaView.close();

// A second workspace invites Ana: the existing-account invitation and the workspace switcher.
const zoeCtx = await newContext();
await api(zoeCtx.request, "POST", "/api/v1/auth/signup", {
  email: `zoe@side-${domain}`,
  password: PASSWORD,
  name: "Zoe Park",
  organizationName: "Side Project",
});
const zoeMe = await api(zoeCtx.request, "GET", "/api/v1/me");
const sideInvite = await api(
  zoeCtx.request,
  "POST",
  `/api/v1/orgs/${zoeMe.memberships[0].organization.id}/invitations`,
  {
    email: owner.email,
    role: "member",
  },
);
await zoeCtx.close();
const anaAgain = await newContext({ viewport: { width: 1280, height: 860 }, storageState: state });
const ap = await anaAgain.newPage();
await ap.goto(new URL(sideInvite.acceptUrl).pathname);
await check(ap, "invite-existing-light");
await ap.getByLabel("Password").fill(PASSWORD);
await ap.getByRole("button", { name: "Sign in and join" }).click();
await ap.waitForURL(`${BASE}/`);
await check(ap, "home-switcher-light");
await ap.getByLabel("Workspace").selectOption({ label: owner.org });
await ap.getByRole("link", { name: "People", exact: true }).click();
await check(ap, "people-switched-light");
await anaAgain.close();

// A member without admin rights sees the directory read-only.
const carla = await newContext({ viewport: { width: 1280, height: 860 } });
const cp = await carla.newPage();
await cp.goto("/login");
await cp.getByLabel("E-mail").fill(team[1].email);
await cp.getByLabel("Password").fill(PASSWORD);
await cp.getByRole("button", { name: "Sign in", exact: true }).click();
await cp.waitForURL(`${BASE}/`);
await check(cp, "home-plain-member-light");
await cp.goto("/people");
await check(cp, "people-member-light");
await carla.close();

const pt = await newContext({ viewport: { width: 1280, height: 860 }, locale: "pt-BR" });
const pp = await pt.newPage();
await pp.goto("/login");
await check(pp, "login-pt");
await pt.close();

await browser.close();
const serious = findings.filter((f) => f.impact === "serious" || f.impact === "critical");
console.log(JSON.stringify({ out: OUT, findings }, null, 2));
if (serious.length > 0) {
  console.error(`${serious.length} serious/critical axe violations`);
  process.exitCode = 1;
}
