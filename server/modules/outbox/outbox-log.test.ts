import { expect, it } from "vitest";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";
import { enqueueEmail } from "./outbox.service.js";

describeEachEngine("outbox log for admins", (ctx) => {
  it("lists every e-mail with its state, but shows bodies only for invitations and the admin's own mail (P3), never a secret link (P7)", async () => {
    const w = await buildPair(ctx.current);
    await w.leader.client.put(`/api/v1/meetings/${w.meetingId}/notes/shared`, {
      body: "SHARED-NOTE-CONTENT",
      baseVersion: 0,
    });
    await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/complete`, {});
    const res = await w.admin.client.get(`/api/v1/orgs/${w.orgId}/outbox`);
    expect(res.status).toBe(200);
    expect(res.body.smtpConfigured).toBe(false);
    const kinds = res.body.messages.map((m: { kind: string }) => m.kind);
    expect(kinds).toEqual(expect.arrayContaining(["invitation", "recap", "schedule"]));
    expect(JSON.stringify(res.body)).not.toContain("SHARED-NOTE-CONTENT");
    for (const m of res.body.messages) {
      if (m.kind === "invitation") {
        // That a link was sent, never the link (P7).
        expect(m.body).toContain("/invite/…");
        expect(m.body).not.toMatch(/\/invite\/[A-Za-z0-9_-]{20,}/);
        expect(m.linksHidden).toBe(1);
      } else expect(m.body).toBeNull();
      expect(m).toMatchObject({ status: "logged", attempts: 0 });
    }
    const page = await w.admin.client.get(`/api/v1/orgs/${w.orgId}/outbox?limit=2`);
    expect(page.body.messages).toHaveLength(2);
    const rest = await w.admin.client.get(`/api/v1/orgs/${w.orgId}/outbox?limit=100&before=${page.body.nextCursor}`);
    expect(page.body.messages.length + rest.body.messages.length).toBe(res.body.messages.length);
    expect((await w.admin.client.get(`/api/v1/orgs/${w.orgId}/outbox?limit=0`)).status).toBe(400);
    expect((await w.admin.client.get(`/api/v1/orgs/${w.orgId}/outbox?before=x`)).status).toBe(400);
  });

  it("is for admins only: members 403, strangers 404, anonymous 401", async () => {
    const w = await buildPair(ctx.current);
    expect((await w.leader.client.get(`/api/v1/orgs/${w.orgId}/outbox`)).status).toBe(403);
    expect((await w.outsider.client.get(`/api/v1/orgs/${w.orgId}/outbox`)).status).toBe(404);
    expect((await new TestClient(ctx.current.app).get(`/api/v1/orgs/${w.orgId}/outbox`)).status).toBe(401);
  });
});

describeEachEngine("the notice for an e-mail kept in the outbox", (ctx) => {
  it("logs one line per message kept without SMTP, naming the message but never its secret link (P7)", async () => {
    const lines: Array<{ fields: Record<string, unknown>; message: string }> = [];
    const log = Object.assign(Object.create(ctx.current.deps.log), {
      info: (fields: Record<string, unknown>, message: string) => lines.push({ fields, message }),
    });
    const deps = { ...ctx.current.deps, log };
    const secret = "https://rapport.example.org/invite/ZoCi5S013PUulM4RgNOwgG2uilkoMsh-9LSMt8NLDEk";
    const id = await enqueueEmail(deps, {
      organizationId: null,
      kind: "invitation",
      idempotencyKey: `notice-${ctx.current.engine}`,
      email: { to: "kept@example.com", subject: "Join us", text: `Accept: ${secret}`, html: `<a href="${secret}">` },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.fields).toEqual({ outboxId: id, kind: "invitation", to: "kept@example.com" });
    expect(lines[0]?.message).toMatch(/kept in the outbox only \(no SMTP_URL\)/);
    expect(JSON.stringify(lines)).not.toContain("ZoCi5S013PUulM4RgNOwgG2uilkoMsh");
    expect(JSON.stringify(lines)).not.toContain("\n");
  });
});
