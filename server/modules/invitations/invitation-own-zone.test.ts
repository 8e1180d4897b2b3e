import { expect, it } from "vitest";
import { buildOwner, inviteTokenOf, PASSWORD, signUp } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

describeEachEngine("each person's own time zone and language", (ctx) => {
  /** Invites an address into the owner's workspace (time zone UTC, language en); the link's token. */
  async function invite(owner: { client: TestClient; orgId: string }, email: string): Promise<string> {
    const res = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, { email, role: "member" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return inviteTokenOf(res.body.acceptUrl);
  }
  const accept = (token: string, body: Record<string, unknown>) =>
    new TestClient(ctx.current.app).post(`/api/v1/invitations/${token}/accept`, { password: PASSWORD, ...body });

  it("an invitee keeps the time zone and language chosen on the invitation page", async () => {
    const owner = await buildOwner(ctx.current);
    const token = await invite(owner, "joao@example.com");
    const res = await accept(token, { name: "João", locale: "pt-BR", timezone: "America/Sao_Paulo" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.user).toMatchObject({ locale: "pt-BR", timezone: "America/Sao_Paulo" });
    expect(res.body.organization).toMatchObject({ defaultLocale: "en", defaultTimezone: "UTC" });
  });

  it("without a choice, an invitee gets the workspace's time zone and language", async () => {
    const owner = await buildOwner(ctx.current);
    const res = await accept(await invite(owner, "plain@example.com"), { name: "Plain" });
    expect(res.body.user).toMatchObject({ locale: "en", timezone: "UTC" });
  });

  it("refuses an unknown zone or language by field, and keeps the invitation usable", async () => {
    const owner = await buildOwner(ctx.current);
    const token = await invite(owner, "typo@example.com");
    const zone = await accept(token, { name: "Typo", timezone: "Mars/Olympus" });
    expect(zone.status).toBe(400);
    expect(zone.body.error.field).toBe("timezone");
    const language = await accept(token, { name: "Typo", locale: "fr" });
    expect(language.body.error.field).toBe("locale");
    expect((await accept(token, { name: "Typo" })).status).toBe(200);
  });

  it("an existing account keeps its own zone when it joins another workspace", async () => {
    const owner = await buildOwner(ctx.current);
    const client = new TestClient(ctx.current.app);
    const email = "has-zone@example.com";
    await signUp(client, { email, name: "Has Zone", organizationName: "Own", timezone: "Asia/Tokyo", locale: "es" });
    const res = await accept(await invite(owner, email), { locale: "en", timezone: "Europe/Madrid" });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ locale: "es", timezone: "Asia/Tokyo" });
  });

  it("stores a legacy zone name under its current IANA name, on every way in", async () => {
    const owner = await buildOwner(ctx.current);
    const invited = await accept(await invite(owner, "kiev@example.com"), { name: "K", timezone: "Europe/Kiev" });
    expect(invited.body.user.timezone).toBe("Europe/Kyiv");
    const client = new TestClient(ctx.current.app);
    const signedUp = await signUp(client, {
      email: "godthab@example.com",
      name: "G",
      organizationName: "Nuuk Org",
      timezone: "America/Godthab",
    });
    expect(signedUp.body.user.timezone).toBe("America/Nuuk");
    expect(signedUp.body.organization.defaultTimezone).toBe("America/Nuuk");
    const patched = await client.patch("/api/v1/me", { timezone: "Asia/Calcutta" });
    expect(patched.body.user.timezone).toBe("Asia/Kolkata");
    const stored = await ctx.current.deps.db.kysely
      .selectFrom("users")
      .select("timezone")
      .where("email", "=", "godthab@example.com")
      .executeTakeFirstOrThrow();
    expect(stored.timezone).toBe("Asia/Kolkata");
  });
});
