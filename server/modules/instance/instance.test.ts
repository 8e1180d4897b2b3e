import { expect, it } from "vitest";
import { buildOwner } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";
import { describeInstance } from "./instance.service.js";

describeEachEngine("instance (first run)", (ctx) => {
  const instance = async () => {
    const res = await new TestClient(ctx.current.app).get("/api/v1/instance");
    expect(res.status).toBe(200);
    return res.body;
  };

  it("is on its first run until the first account exists, and offers SSO only once a workspace routes to it", async () => {
    expect(await instance()).toEqual({ firstRun: true, ssoSignIn: false, demo: false });

    const owner = await buildOwner(ctx.current);
    expect(await instance()).toEqual({ firstRun: false, ssoSignIn: false, demo: false });

    // Settings saved but the domain not verified yet: nobody can be routed, so still no button.
    const { kysely } = ctx.current.deps.db;
    const now = ctx.current.clock.now().toISOString();
    await kysely
      .insertInto("ssoConfigs")
      .values({
        organizationId: owner.orgId,
        issuerUrl: "https://idp.example.com",
        clientId: "rapport",
        clientSecretSealed: "sealed",
        emailDomain: "example.com",
        enabled: 1,
        createdAt: now,
        updatedAt: now,
        domainVerificationToken: null,
        verifiedDomain: null,
        domainVerifiedAt: null,
      })
      .execute();
    expect(await instance()).toEqual({ firstRun: false, ssoSignIn: false, demo: false });

    await kysely.updateTable("ssoConfigs").set({ verifiedDomain: "example.com", domainVerifiedAt: now }).execute();
    expect(await instance()).toEqual({ firstRun: false, ssoSignIn: true, demo: false });

    // A disabled configuration routes nobody either.
    await kysely.updateTable("ssoConfigs").set({ enabled: 0 }).execute();
    expect(await instance()).toEqual({ firstRun: false, ssoSignIn: false, demo: false });
  });

  it("tells a signed-in caller the same public facts, and nothing more", async () => {
    const owner = await buildOwner(ctx.current, "Second Owner");
    const res = await owner.client.get("/api/v1/instance");
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["demo", "firstRun", "ssoSignIn"]);
  });

  it("says when it serves the demo workspace (npm run demo), where visitors sign in to their own language", async () => {
    const { db, config } = ctx.current.deps;
    expect((await describeInstance({ db, config: { ...config, demo: true } })).demo).toBe(true);
    expect((await describeInstance({ db, config })).demo).toBe(false);
  });
});
