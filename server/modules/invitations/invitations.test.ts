import { expect, it } from "vitest";
import { buildMember, buildOwner, inviteTokenOf, PASSWORD, signUp } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

describeEachEngine("invitations", (ctx) => {
  const invitationsUrl = (orgId: string) => `/api/v1/orgs/${orgId}/invitations`;

  it("invites by e-mail: returns the link, keeps the e-mail in the outbox, audits", async () => {
    const owner = await buildOwner(ctx.current, "Olivia");
    const lead = await buildMember(ctx.current, owner, { name: "Lead" });
    const res = await owner.client.post(invitationsUrl(owner.orgId), {
      email: "New.Person@Example.com",
      name: "Nina",
      role: "member",
      managerId: lead.userId,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: "new.person@example.com",
      name: "Nina",
      role: "member",
      managerId: lead.userId,
      // No SMTP here: the server says so, and the page says "no e-mail was sent".
      emailDelivery: "not_sent",
    });
    expect(res.body.acceptUrl).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(new Date(res.body.expiresAt).getTime() - ctx.current.clock.now().getTime()).toBe(7 * 24 * 3600 * 1000);
    const mail = await ctx.current.deps.db.kysely
      .selectFrom("outboxMessages")
      .selectAll()
      .where("toEmail", "=", "new.person@example.com")
      .executeTakeFirstOrThrow();
    expect(mail).toMatchObject({ kind: "invitation", status: "logged", subject: expect.stringContaining("Olivia") });
    expect(mail.textBody).toContain(res.body.acceptUrl);
    expect(mail.htmlBody).toContain(res.body.acceptUrl);
    const stored = await ctx.current.deps.db.kysely
      .selectFrom("invitations")
      .select("tokenHash")
      .where("id", "=", res.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.tokenHash).not.toBe(inviteTokenOf(res.body.acceptUrl));
    const audit = await ctx.current.deps.db.kysely
      .selectFrom("auditEvents")
      .select("action")
      .where("targetId", "=", res.body.id)
      .execute();
    expect(audit).toEqual([{ action: "invitation.created" }]);
  });

  it("writes the e-mail in the workspace language", async () => {
    const client = new TestClient(ctx.current.app);
    const signup = await signUp(client, {
      email: "pt@example.com",
      name: "Paula",
      organizationName: "Equipe",
      locale: "pt-BR",
    });
    const res = await client.post(invitationsUrl(signup.body.organization.id), {
      email: "convidado@example.com",
      role: "member",
    });
    expect(res.status).toBe(201);
    const mail = await ctx.current.deps.db.kysely
      .selectFrom("outboxMessages")
      .select("subject")
      .where("toEmail", "=", "convidado@example.com")
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe("Paula convidou você para Equipe no Rapport");
  });

  it("accepts: creates the account, joins with role and manager, signs in; single use", async () => {
    const owner = await buildOwner(ctx.current);
    const lead = await buildMember(ctx.current, owner);
    const invite = await owner.client.post(invitationsUrl(owner.orgId), {
      email: "joiner@example.com",
      role: "admin",
      managerId: lead.userId,
    });
    const token = inviteTokenOf(invite.body.acceptUrl);
    const guest = new TestClient(ctx.current.app);
    const preview = await guest.get(`/api/v1/invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      email: "joiner@example.com",
      inviterName: owner.name,
      existingAccount: false,
    });
    const accepted = await guest.post(`/api/v1/invitations/${token}/accept`, { name: "Jo Iner", password: PASSWORD });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ email: "joiner@example.com", name: "Jo Iner" });
    expect(accepted.body.organization.id).toBe(owner.orgId);
    const me = await guest.get("/api/v1/me");
    expect(me.body.memberships).toEqual([
      expect.objectContaining({ role: "admin", managerId: lead.userId, status: "active" }),
    ]);
    const again = await new TestClient(ctx.current.app).post(`/api/v1/invitations/${token}/accept`, {
      name: "Eve",
      password: PASSWORD,
    });
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe("invitation_invalid");
    expect((await guest.get(`/api/v1/invitations/${token}`)).status).toBe(404);
  });

  it("lets an existing account join with its own password only", async () => {
    const owner = await buildOwner(ctx.current);
    const elsewhere = await buildOwner(ctx.current, "Has Account");
    const invite = await owner.client.post(invitationsUrl(owner.orgId), { email: elsewhere.email, role: "member" });
    const token = inviteTokenOf(invite.body.acceptUrl);
    const guest = new TestClient(ctx.current.app);
    expect((await guest.get(`/api/v1/invitations/${token}`)).body.existingAccount).toBe(true);
    const wrong = await guest.post(`/api/v1/invitations/${token}/accept`, {
      name: "Hijack",
      password: "not the password",
    });
    expect(wrong.status).toBe(401);
    const ok = await guest.post(`/api/v1/invitations/${token}/accept`, { name: "Ignored", password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.user).toMatchObject({ id: elsewhere.userId, name: "Has Account" });
    expect((await guest.get("/api/v1/me")).body.memberships).toHaveLength(2);
  });

  it("expires after 7 days and can be revoked", async () => {
    const owner = await buildOwner(ctx.current);
    const late = await owner.client.post(invitationsUrl(owner.orgId), { email: "late@example.com" });
    const revoked = await owner.client.post(invitationsUrl(owner.orgId), { email: "revoked@example.com" });
    const pending = await owner.client.get(invitationsUrl(owner.orgId));
    expect(pending.body.invitations.map((i: { email: string }) => i.email).sort()).toEqual([
      "late@example.com",
      "revoked@example.com",
    ]);
    expect(pending.body.invitations[0]).not.toHaveProperty("acceptUrl");
    expect((await owner.client.delete(`${invitationsUrl(owner.orgId)}/${revoked.body.id}`)).status).toBe(204);
    expect((await owner.client.delete(`${invitationsUrl(owner.orgId)}/${revoked.body.id}`)).status).toBe(404);
    const guest = new TestClient(ctx.current.app);
    expect(
      (
        await guest.post(`/api/v1/invitations/${inviteTokenOf(revoked.body.acceptUrl)}/accept`, {
          name: "R",
          password: PASSWORD,
        })
      ).status,
    ).toBe(404);
    ctx.current.clock.advance(7 * 24 * 3600 * 1000 + 1000);
    try {
      expect(
        (
          await guest.post(`/api/v1/invitations/${inviteTokenOf(late.body.acceptUrl)}/accept`, {
            name: "L",
            password: PASSWORD,
          })
        ).status,
      ).toBe(404);
      expect((await owner.client.get(invitationsUrl(owner.orgId))).body.invitations).toEqual([]);
    } finally {
      ctx.current.clock.advance(-(7 * 24 * 3600 * 1000 + 1000));
    }
  });

  it("replaces an earlier pending invitation for the same address", async () => {
    const owner = await buildOwner(ctx.current);
    const first = await owner.client.post(invitationsUrl(owner.orgId), { email: "twice@example.com" });
    const second = await owner.client.post(invitationsUrl(owner.orgId), { email: "twice@example.com", role: "admin" });
    const guest = new TestClient(ctx.current.app);
    expect((await guest.get(`/api/v1/invitations/${inviteTokenOf(first.body.acceptUrl)}`)).status).toBe(404);
    expect((await guest.get(`/api/v1/invitations/${inviteTokenOf(second.body.acceptUrl)}`)).status).toBe(200);
  });

  it("lets only admins invite; strangers see nothing (P5)", async () => {
    const owner = await buildOwner(ctx.current);
    const member = await buildMember(ctx.current, owner);
    const admin = await buildMember(ctx.current, owner, { role: "admin" });
    const stranger = await buildOwner(ctx.current, "Stranger");
    const byMember = await member.client.post(invitationsUrl(owner.orgId), { email: "x@example.com" });
    expect(byMember.status).toBe(403);
    expect((await member.client.get(invitationsUrl(owner.orgId))).status).toBe(403);
    expect((await stranger.client.post(invitationsUrl(owner.orgId), { email: "x@example.com" })).status).toBe(404);
    expect((await stranger.client.get(invitationsUrl(owner.orgId))).status).toBe(404);
    expect(
      (await new TestClient(ctx.current.app).post(invitationsUrl(owner.orgId), { email: "x@example.com" })).status,
    ).toBe(401);
    const byAdmin = await admin.client.post(invitationsUrl(owner.orgId), { email: "ok@example.com" });
    expect(byAdmin.status).toBe(201);
    const adminOwner = await admin.client.post(invitationsUrl(owner.orgId), {
      email: "boss@example.com",
      role: "owner",
    });
    expect(adminOwner.status).toBe(403);
    expect((await stranger.client.delete(`${invitationsUrl(owner.orgId)}/${byAdmin.body.id}`)).status).toBe(404);
    const outbox = await ctx.current.deps.db.kysely
      .selectFrom("outboxMessages")
      .select("toEmail")
      .where("toEmail", "=", "x@example.com")
      .execute();
    expect(outbox).toEqual([]);
  });

  it("rejects bad input with 400 and existing members with 409", async () => {
    const owner = await buildOwner(ctx.current);
    const member = await buildMember(ctx.current, owner);
    const stranger = await buildOwner(ctx.current, "Stranger");
    const badEmail = await owner.client.post(invitationsUrl(owner.orgId), { email: "nope", role: "member" });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.field).toBe("email");
    expect((await owner.client.post(invitationsUrl(owner.orgId), { email: "a@example.com", role: "god" })).status).toBe(
      400,
    );
    const foreignManager = await owner.client.post(invitationsUrl(owner.orgId), {
      email: "a@example.com",
      managerId: stranger.userId,
    });
    expect(foreignManager.status).toBe(400);
    expect(foreignManager.body.error.code).toBe("invalid_manager");
    const dup = await owner.client.post(invitationsUrl(owner.orgId), { email: member.email });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("already_member");
    const invite = await owner.client.post(invitationsUrl(owner.orgId), { email: "b@example.com" });
    const guest = new TestClient(ctx.current.app);
    const weak = await guest.post(`/api/v1/invitations/${inviteTokenOf(invite.body.acceptUrl)}/accept`, {
      name: "B",
      password: "123",
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.field).toBe("password");
    expect(
      (await guest.post(`/api/v1/invitations/${inviteTokenOf(invite.body.acceptUrl)}/accept`, { password: PASSWORD }))
        .status,
    ).toBe(400);
    expect((await guest.get("/api/v1/invitations/short")).status).toBe(400);
    expect((await guest.get(`/api/v1/invitations/${"a".repeat(43)}`)).status).toBe(404);
  });

  it("brings a deactivated person back through a new invitation", async () => {
    const owner = await buildOwner(ctx.current);
    const member = await buildMember(ctx.current, owner);
    await owner.client.patch(`/api/v1/orgs/${owner.orgId}/people/${member.userId}`, { status: "deactivated" });
    const invite = await owner.client.post(invitationsUrl(owner.orgId), { email: member.email });
    expect(invite.status).toBe(201);
    const back = await new TestClient(ctx.current.app).post(
      `/api/v1/invitations/${inviteTokenOf(invite.body.acceptUrl)}/accept`,
      { name: "x", password: PASSWORD },
    );
    expect(back.status).toBe(200);
    const people = await owner.client.get(`/api/v1/orgs/${owner.orgId}/people`);
    expect(people.body.people.find((p: { userId: string }) => p.userId === member.userId).status).toBe("active");
  });
});

describeEachEngine("invitation links", (ctx) => {
  it("resends with a fresh link: the old one stops working, the e-mail goes again", async () => {
    const owner = await buildOwner(ctx.current);
    const member = await buildMember(ctx.current, owner);
    const stranger = await buildOwner(ctx.current, "Stranger");
    const first = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, { email: "again@example.com" });
    ctx.current.clock.advance(6 * 24 * 3600 * 1000);
    try {
      const resent = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations/${first.body.id}/resend`);
      expect(resent.status).toBe(200);
      expect(resent.body.acceptUrl).not.toBe(first.body.acceptUrl);
      expect(resent.body.emailDelivery).toBe("not_sent");
      expect(new Date(resent.body.expiresAt).getTime() - ctx.current.clock.now().getTime()).toBe(7 * 24 * 3600 * 1000);
      const guest = new TestClient(ctx.current.app);
      expect((await guest.get(`/api/v1/invitations/${inviteTokenOf(first.body.acceptUrl)}`)).status).toBe(404);
      expect((await guest.get(`/api/v1/invitations/${inviteTokenOf(resent.body.acceptUrl)}`)).status).toBe(200);
      const mails = await ctx.current.deps.db.kysely
        .selectFrom("outboxMessages")
        .select("textBody")
        .where("toEmail", "=", "again@example.com")
        .execute();
      expect(mails).toHaveLength(2);
      expect(mails.some((m) => m.textBody.includes(resent.body.acceptUrl))).toBe(true);
      expect((await member.client.post(`/api/v1/orgs/${owner.orgId}/invitations/${first.body.id}/resend`)).status).toBe(
        403,
      );
      expect(
        (await stranger.client.post(`/api/v1/orgs/${owner.orgId}/invitations/${first.body.id}/resend`)).status,
      ).toBe(404);
      expect((await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations/nope/resend`)).status).toBe(404);
    } finally {
      ctx.current.clock.advance(-6 * 24 * 3600 * 1000);
    }
  });

  it("lets an existing account join without giving a name", async () => {
    const owner = await buildOwner(ctx.current);
    const elsewhere = await buildOwner(ctx.current, "Keeps Name");
    const invite = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, { email: elsewhere.email });
    const res = await new TestClient(ctx.current.app).post(
      `/api/v1/invitations/${inviteTokenOf(invite.body.acceptUrl)}/accept`,
      { password: PASSWORD },
    );
    expect(res.status).toBe(200);
    expect(res.body.user.name).toBe("Keeps Name");
  });
});

describeEachEngine(
  "invitation limits and resending",
  (ctx) => {
    const invitationsUrl = (orgId: string) => `/api/v1/orgs/${orgId}/invitations`;

    it("limits each inviter across workspaces, with 429 and Retry-After", async () => {
      const owner = await buildOwner(ctx.current, "Olivia");
      for (let i = 0; i < 3; i++) {
        expect((await owner.client.post(invitationsUrl(owner.orgId), { email: `p${i}@example.com` })).status).toBe(201);
      }
      const fourth = await owner.client.post(invitationsUrl(owner.orgId), { email: "p3@example.com" });
      expect(fourth.status).toBe(429);
      expect(fourth.body.error.code).toBe("rate_limited");
      expect(Number(fourth.headers["retry-after"])).toBeGreaterThan(0);
      // Not sent, not stored.
      const invitations = (await owner.client.get(invitationsUrl(owner.orgId))).body.invitations;
      expect(invitations.map((i: { email: string }) => i.email)).not.toContain("p3@example.com");
      ctx.current.clock.advance(3600 * 1000);
      expect((await owner.client.post(invitationsUrl(owner.orgId), { email: "p3@example.com" })).status).toBe(201);
    });

    it("lets only an owner resend an owner invitation; admins resend the others", async () => {
      ctx.current.clock.advance(3600 * 1000);
      const owner = await buildOwner(ctx.current, "Olivia");
      ctx.current.clock.advance(3600 * 1000);
      const admin = await buildMember(ctx.current, owner, { name: "Adam", role: "admin" });
      ctx.current.clock.advance(3600 * 1000);
      const invite = await owner.client.post(invitationsUrl(owner.orgId), { email: "boss@example.com", role: "owner" });
      expect(invite.status).toBe(201);
      const byAdmin = await admin.client.post(`${invitationsUrl(owner.orgId)}/${invite.body.id}/resend`, {});
      expect(byAdmin.status).toBe(403);
      expect(byAdmin.body.error.code).toBe("owner_required");
      const byOwner = await owner.client.post(`${invitationsUrl(owner.orgId)}/${invite.body.id}/resend`, {});
      expect(byOwner.status).toBe(200);
      expect(byOwner.body).toMatchObject({ role: "owner", purpose: "invitation" });
    });
  },
  { rateLimits: { invitationsPerInviter: { limit: 3, windowSeconds: 3600 } } },
);
