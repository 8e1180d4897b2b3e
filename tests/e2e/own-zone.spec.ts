import type { Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { expect, test } from "./fixtures.js";
import { api, password } from "./pair.js";

/** A browser on the given language and zone, signed in as `email`. */
async function signedInBrowser(browser: Browser, base: string, email: string, timezoneId: string) {
  const context = await browser.newContext({ locale: "pt-BR", timezoneId });
  await api(context.request, base, "post", "/api/v1/auth/login", { email, password });
  return context;
}

/** An owner in a UTC, English browser who signs up a workspace and invites João; the invitation's link. */
async function ownerInvitingJoao(browser: Browser, base: string, organizationName: string) {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const owner = await browser.newContext({ locale: "en-US", timezoneId: "UTC" });
  const signup = await api(owner.request, base, "post", "/api/v1/auth/signup", {
    email: `owner-${stamp}@example.com`,
    password,
    name: "Olivia Owner",
    organizationName,
  });
  const joaoEmail = `joao-${stamp}@example.com`;
  const orgId: string = signup.organization.id;
  const invite = await api(owner.request, base, "post", `/api/v1/orgs/${orgId}/invitations`, {
    email: joaoEmail,
    role: "member",
  });
  return { owner, orgId, joaoEmail, acceptUrl: invite.acceptUrl as string };
}

test("an invitee joins in their own language and time zone, and is offered a new device's zone once", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const base = baseURL as string;
  const { owner, joaoEmail: email, acceptUrl } = await ownerInvitingJoao(browser, base, "Acme Zones");

  // The invitation page shows the browser's language and zone, and lets both change before joining.
  const saoPaulo = await browser.newContext({ locale: "pt-BR", timezoneId: "America/Sao_Paulo" });
  const page = await saoPaulo.newPage();
  await page.goto(new URL(acceptUrl).pathname);
  await expect(page.getByRole("heading", { name: "Entre em Acme Zones" })).toBeVisible();
  const language = page.getByLabel("Idioma", { exact: true }).last();
  const zone = page.getByRole("combobox", { name: "Fuso horário" });
  await expect(language).toHaveValue("pt-BR");
  await expect(zone).toHaveValue("America/Sao_Paulo");
  await expect(zone.locator("option:checked")).toHaveText("(GMT-03:00) America/Sao Paulo");
  await expectNoSeriousA11yViolations(page, "invitation page with language and time zone");
  await page.screenshot({ path: test.info().outputPath("invite-own-zone.png"), fullPage: true });

  // The picker is searchable, by city with accents, and lists current names only.
  const search = page.getByRole("searchbox", { name: "Buscar fuso horário" });
  await search.fill("calcutta");
  await expect(page.getByText("Nenhum fuso horário corresponde a “calcutta”.")).toBeVisible();
  await search.fill("kolkata");
  await expect(zone.locator("option")).toHaveText(["(GMT-03:00) America/Sao Paulo", "(GMT+05:30) Asia/Kolkata"]);
  await zone.selectOption("Asia/Kolkata");
  await search.fill("são paulo");
  await zone.selectOption("America/Sao_Paulo");

  await page.getByLabel("Seu nome").fill("João Silva");
  await page.getByLabel("Crie uma senha").fill(password);
  await page.getByRole("button", { name: "Entrar em Acme Zones" }).click();
  await expect(page).toHaveURL(/\/$/);
  const me = await api(saoPaulo.request, base, "get", "/api/v1/me");
  expect(me.user).toMatchObject({ locale: "pt-BR", timezone: "America/Sao_Paulo" });
  // Same zone as the device: nothing to offer.
  await expect(page.getByText(/Seu computador está no horário/)).toHaveCount(0);

  // Signed in from Tokyo: offered once; keeping São Paulo is remembered for Tokyo.
  const tokyo = await signedInBrowser(browser, base, email, "Asia/Tokyo");
  const tokyoPage = await tokyo.newPage();
  await tokyoPage.goto("/");
  const offer = tokyoPage.getByRole("region", { name: "Fuso horário" });
  await expect(offer).toContainText("Seu computador está no horário de Tokyo. Usar esse fuso?");
  await expectNoSeriousA11yViolations(tokyoPage, "time zone offer");
  await tokyoPage.screenshot({ path: test.info().outputPath("zone-offer.png") });
  await offer.getByRole("button", { name: "Manter Sao Paulo" }).click();
  await expect(offer).toHaveCount(0);
  await tokyoPage.reload();
  await expect(tokyoPage.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expect(offer).toHaveCount(0);

  // Signed in from India (Chromium calls it Asia/Calcutta): switching saves the current name.
  const india = await signedInBrowser(browser, base, email, "Asia/Calcutta");
  const indiaPage = await india.newPage();
  await indiaPage.goto("/");
  const indiaOffer = indiaPage.getByRole("region", { name: "Fuso horário" });
  await indiaOffer.getByRole("button", { name: "Usar horário de Kolkata" }).click();
  await expect(indiaOffer).toHaveCount(0);
  await expect(indiaPage.getByText("Os horários agora aparecem no horário de Kolkata.")).toBeVisible();
  expect((await api(india.request, base, "get", "/api/v1/me")).user.timezone).toBe("Asia/Kolkata");

  for (const context of [owner, saoPaulo, tokyo, india]) await context.close();
});

test("the meeting header shows the other person's time when their clock differs", async ({ browser, baseURL }) => {
  const base = baseURL as string;
  const { owner, orgId, acceptUrl } = await ownerInvitingJoao(browser, base, "Acme Two Zones");
  const joao = await browser.newContext({ locale: "pt-BR", timezoneId: "America/Sao_Paulo" });
  const accepted = await api(
    joao.request,
    base,
    "post",
    `/api/v1/invitations/${acceptUrl.split("/invite/")[1]}/accept`,
    {
      name: "João Silva",
      password,
      locale: "pt-BR",
      timezone: "America/Sao_Paulo",
    },
  );
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  tomorrow.setUTCHours(17, 0, 0, 0);
  const oneOnOne = await api(owner.request, base, "post", "/api/v1/one-on-ones", {
    teammateId: accepted.user.id,
    cadence: { frequency: "weekly" },
    firstMeetingAt: tomorrow.toISOString(),
    timezone: "UTC",
    durationMinutes: 30,
    organizationId: orgId,
  });
  const meetingPath = `/meetings/${oneOnOne.nextMeeting.id}`;

  const leaderPage = await owner.newPage();
  await leaderPage.goto(meetingPath);
  await expect(leaderPage.getByText("5:00 PM your time")).toBeVisible();
  await expect(leaderPage.getByText("· 2:00 PM for João Silva")).toBeVisible();
  await expectNoSeriousA11yViolations(leaderPage, "meeting header with two time zones");
  await leaderPage.screenshot({ path: test.info().outputPath("meeting-two-zones.png") });

  const joaoPage = await joao.newPage();
  await joaoPage.goto(meetingPath);
  await expect(joaoPage.getByText("14:00 no seu horário")).toBeVisible();
  await expect(joaoPage.getByText("· 17:00 para Olivia Owner")).toBeVisible();

  for (const context of [owner, joao]) await context.close();
});

test("sign-up shows the browser's language and zone under its current name, and keeps them", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ locale: "es-ES", timezoneId: "Europe/Kiev" });
  const page = await context.newPage();
  await page.goto("/signup");
  const zone = page.getByRole("combobox", { name: "Zona horaria" });
  await expect(zone).toHaveValue("Europe/Kyiv");
  await expect(page.getByLabel("Idioma", { exact: true }).last()).toHaveValue("es");
  await expectNoSeriousA11yViolations(page, "sign-up page with language and time zone");
  await page.getByLabel("Tu nombre").fill("Olena");
  await page.getByLabel("Correo del trabajo").fill(`olena-${Date.now()}@example.com`);
  await page
    .getByLabel(/contraseña/i)
    .first()
    .fill(password);
  await page.getByLabel("Nombre del equipo o la empresa").fill("Kyiv Works");
  await page.getByRole("button", { name: "Crear espacio de trabajo" }).click();
  await expect(page).toHaveURL(/\/$/);
  const me = await api(context.request, baseURL as string, "get", "/api/v1/me");
  expect(me.user).toMatchObject({ locale: "es", timezone: "Europe/Kyiv" });
  await expect(page.getByText(/Tu computadora está en la hora/)).toHaveCount(0);
  await context.close();
});
