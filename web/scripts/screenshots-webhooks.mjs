// Screenshots and axe checks of the webhooks admin page (empty, with endpoints and a delivery log, the
// secret shown once) in light and dark, desktop and 390 px wide, against a fresh workspace.
// Usage: npx vite build && PORT=3310 APP_URL=http://127.0.0.1:3310 DATABASE_URL=sqlite:/tmp/wh.db \
//          WEBHOOKS_ALLOW_INSECURE_LOOPBACK=true npx tsx server/main.ts
//        BASE_URL=http://127.0.0.1:3310 OUT=/tmp/webhook-shots node web/scripts/screenshots-webhooks.mjs
import { createServer } from "node:http";
import { createShooter, launchBrowser } from "./shoot.mjs";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3310";
const OUT = process.env.OUT ?? "/tmp/webhook-shots";
const { shoot, findings } = await createShooter(OUT, 300);
const browser = await launchBrowser();

// A receiver on loopback: /ok answers 200, /broken 500.
const receiver = createServer((req, res) => {
  req.resume();
  req.on("end", () => res.writeHead(req.url === "/ok" ? 200 : 500).end(req.url === "/ok" ? "thanks" : "oops"));
});
await new Promise((r) => receiver.listen(0, "127.0.0.1", r));
const hook = (path) => `http://127.0.0.1:${receiver.address().port}${path}`;

const setup = await browser.newContext({ baseURL: BASE });
const email = `webhooks-${Date.now()}@example.com`;
const signup = await setup.request.post("/api/v1/auth/signup", {
  data: { email, password: "correct horse battery", name: "Ada Admin", organizationName: "Acme" },
  headers: { origin: BASE },
});
if (!signup.ok()) throw new Error(`signup: ${signup.status()}`);
const orgId = (await signup.json()).organization.id;
const state = await setup.storageState();

async function context(theme, width = 1280) {
  const ctx = await browser.newContext({
    baseURL: BASE,
    viewport: { width, height: width < 600 ? 844 : 900 },
    colorScheme: theme,
    storageState: state,
  });
  await ctx.addInitScript((t) => localStorage.setItem("rapport.theme", t), theme);
  return ctx;
}

for (const theme of ["light", "dark"]) {
  const ctx = await context(theme);
  const page = await ctx.newPage();
  await page.goto("/webhooks");
  await shoot(page, `webhooks-empty-${theme}`);
  await ctx.close();
}

const post = (path, data) => setup.request.post(path, { data, headers: { origin: BASE } });
const ok = await (
  await post(`/api/v1/orgs/${orgId}/webhooks`, {
    url: hook("/ok"),
    description: "CRM sync",
    events: ["meeting.completed", "action.done"],
  })
).json();
const broken = await (
  await post(`/api/v1/orgs/${orgId}/webhooks`, { url: hook("/broken"), events: ["oneOnOne.created"] })
).json();
await post(`/api/v1/orgs/${orgId}/webhooks/${ok.webhook.id}/test`, {});
await post(`/api/v1/orgs/${orgId}/webhooks/${ok.webhook.id}/test`, {});
await post(`/api/v1/orgs/${orgId}/webhooks/${broken.webhook.id}/test`, {});

for (const [theme, width] of [
  ["light", 1280],
  ["dark", 1280],
  ["light", 390],
  ["dark", 390],
]) {
  const ctx = await context(theme, width);
  const page = await ctx.newPage();
  await page.goto("/webhooks");
  await shoot(page, `webhooks-${theme}-${width}`);
  if (width === 1280) {
    await page.getByLabel("Endpoint URL").fill("https://hooks.example.com/rapport");
    await page.getByRole("button", { name: "Add an endpoint" }).click();
    await page.getByText("Copy it now").waitFor();
    await shoot(page, `webhooks-secret-${theme}`);
  }
  await ctx.close();
}

await browser.close();
receiver.close();
console.log(JSON.stringify({ out: OUT, axe: findings }, null, 2));
