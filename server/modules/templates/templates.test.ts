import { expect, it } from "vitest";
import { buildMember, buildOwner } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

const sections = [
  { key: "wins", title: "Wins", minutes: 5, prompts: ["What went well?"] },
  { key: "blockers", title: "Blockers", minutes: 10, prompts: [] },
];

describeEachEngine("templates", (ctx) => {
  const url = (orgId: string) => `/api/v1/orgs/${orgId}/templates`;

  it("lists the default five-part template in the caller's language", async () => {
    const owner = await buildOwner(ctx.current);
    const res = await owner.client.get(url(owner.orgId));
    expect(res.status).toBe(200);
    expect(res.body.templates[0]).toMatchObject({ id: "system-default", scope: "system", archived: false });
    expect(res.body.templates[0].sections.map((s: { key: string }) => s.key)).toEqual([
      "check_in",
      "progress",
      "feedback",
      "development",
      "wrap_up",
    ]);
    await owner.client.patch("/api/v1/me", { locale: "es" });
    const es = await owner.client.get(url(owner.orgId));
    expect(es.body.templates[0].sections[0].title).toBe("Check-in humano");
    expect(es.body.templates[0].sections[4].title).toBe("Cierre");
  });

  it("creates workspace templates (admins) and personal ones (anyone)", async () => {
    const owner = await buildOwner(ctx.current);
    const member = await buildMember(ctx.current, owner);
    const org = await owner.client.post(url(owner.orgId), { name: "Engineering 1:1", scope: "organization", sections });
    expect(org.status).toBe(201);
    expect(org.body.template).toMatchObject({
      name: "Engineering 1:1",
      scope: "organization",
      ownerId: null,
      sections,
    });
    const byMember = await member.client.post(url(owner.orgId), { name: "Team", scope: "organization", sections });
    expect(byMember.status).toBe(403);
    const personal = await member.client.post(url(owner.orgId), { name: "My style", scope: "personal", sections });
    expect(personal.status).toBe(201);
    expect(personal.body.template.ownerId).toBe(member.userId);
    const memberList = await member.client.get(url(owner.orgId));
    expect(memberList.body.templates.map((t: { name: string }) => t.name)).toEqual([
      expect.any(String),
      "Engineering 1:1",
      "My style",
    ]);
    const ownerList = await owner.client.get(url(owner.orgId));
    expect(ownerList.body.templates.map((t: { name: string }) => t.name)).not.toContain("My style");
  });

  it("edits and archives; personal templates stay private (404 to others)", async () => {
    const owner = await buildOwner(ctx.current);
    const member = await buildMember(ctx.current, owner);
    const stranger = await buildOwner(ctx.current, "Stranger");
    const org = await owner.client.post(url(owner.orgId), { name: "Org", scope: "organization", sections });
    const personal = await member.client.post(url(owner.orgId), { name: "Mine", scope: "personal", sections });
    const renamed = await owner.client.patch(`/api/v1/templates/${org.body.template.id}`, { name: "Org v2" });
    expect(renamed.body.template.name).toBe("Org v2");
    expect((await member.client.patch(`/api/v1/templates/${org.body.template.id}`, { name: "x" })).status).toBe(403);
    expect((await owner.client.patch(`/api/v1/templates/${personal.body.template.id}`, { name: "x" })).status).toBe(
      404,
    );
    expect((await stranger.client.patch(`/api/v1/templates/${org.body.template.id}`, { name: "x" })).status).toBe(404);
    expect((await stranger.client.get(url(owner.orgId))).status).toBe(404);
    const archived = await owner.client.patch(`/api/v1/templates/${org.body.template.id}`, { archived: true });
    expect(archived.body.template.archived).toBe(true);
    expect((await owner.client.get(url(owner.orgId))).body.templates).toHaveLength(1);
    expect((await owner.client.get(`${url(owner.orgId)}?includeArchived=true`)).body.templates).toHaveLength(2);
    const system = await owner.client.patch("/api/v1/templates/system-default", { name: "x" });
    expect(system.status).toBe(403);
    expect(system.body.error.code).toBe("system_template");
  });

  it("rejects bad templates with 400", async () => {
    const owner = await buildOwner(ctx.current);
    const bad = [
      { name: "", scope: "personal", sections },
      { name: "x", scope: "system", sections },
      { name: "x", scope: "personal", sections: [] },
      { name: "x", scope: "personal", sections: [sections[0], sections[0]] },
      { name: "x", scope: "personal", sections: [{ ...sections[0], key: "Has Spaces" }] },
      { name: "x", scope: "personal", sections: [{ ...sections[0], minutes: -1 }] },
    ];
    for (const body of bad) {
      const res = await owner.client.post(url(owner.orgId), body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    expect((await owner.client.patch("/api/v1/templates/whatever", {})).status).toBe(400);
    expect((await new TestClient(ctx.current.app).get(url(owner.orgId))).status).toBe(401);
  });
});
