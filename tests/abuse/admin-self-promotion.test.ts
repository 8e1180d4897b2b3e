// Attacker: an admin (not an owner) of a workspace who wants to become its owner.
// Chain: an owner invites a new owner -> the admin reads the invitation link in the e-mail log, or
// resends the owner invitation and gets a fresh link that still carries the owner role -> the admin
// opens it under a second address of theirs... or simply forwards it to an accomplice.
// Rule: P7 / finding 3. Resending is held to the same role rule as inviting (only an owner resends an
// owner invitation), and the e-mail log never shows a secret link to anyone: it shows that one was sent.
import { expect, it } from "vitest";
import { buildMember, buildOwner } from "../support/factories.js";
import { describeAttack } from "./support/attack-world.js";
import { linkIn } from "./support/foreign-export.js";

describeAttack("an admin cannot make an owner invitation their own", (w) => {
  it("hides links in the e-mail log and refuses an admin's resend of an owner invitation", async () => {
    const t = w.current;
    const owner = await buildOwner(t, "Olga Owner");
    const admin = await buildMember(t, owner, { name: "Adam Admin", role: "admin" });
    const ownerInvite = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, {
      email: "co-owner@partner.example",
      role: "owner",
    });
    expect(ownerInvite.status).toBe(201);
    const token = ownerInvite.body.acceptUrl.split("/invite/")[1] as string;

    // 1. The e-mail log says an invitation went out, without its link, to the admin and to the owner alike.
    for (const reader of [admin, owner]) {
      const log = await reader.client.get(`/api/v1/orgs/${owner.orgId}/outbox`);
      expect(log.status).toBe(200);
      const message = log.body.messages.find((m: { toEmail: string }) => m.toEmail === "co-owner@partner.example");
      expect(message.kind).toBe("invitation");
      expect(JSON.stringify(log.body)).not.toContain(token);
      expect(message.body).not.toMatch(/\/invite\/[A-Za-z0-9_-]{20,}/);
      expect(message.linksHidden).toBe(1);
    }

    // 2. Resending the owner invitation is for owners only, and an admin's attempt changes nothing.
    const resend = await admin.client.post(`/api/v1/orgs/${owner.orgId}/invitations/${ownerInvite.body.id}/resend`, {});
    expect(resend.status, JSON.stringify(resend.body)).toBe(403);
    expect(resend.body.error.code).toBe("owner_required");
    expect(JSON.stringify(resend.body)).not.toContain("/invite/");
    expect((await w.current.client().get(`/api/v1/invitations/${token}`)).status).toBe(200);

    // The legitimate paths beside it: the admin resends a member invitation; the owner resends the owner one.
    const memberInvite = await admin.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, {
      email: "new.member@partner.example",
    });
    expect(memberInvite.status).toBe(201);
    const again = await admin.client.post(`/api/v1/orgs/${owner.orgId}/invitations/${memberInvite.body.id}/resend`, {});
    expect(again.status).toBe(200);
    expect(again.body.acceptUrl).toContain("/invite/");
    const ownerAgain = await owner.client.post(
      `/api/v1/orgs/${owner.orgId}/invitations/${ownerInvite.body.id}/resend`,
      {},
    );
    expect(ownerAgain.status).toBe(200);
    // The invitee still gets the working link by e-mail.
    const mailed = linkIn(w.current.mailTo("co-owner@partner.example").at(-1)) as string;
    expect(mailed).toBe(ownerAgain.body.acceptUrl);
    const joined = await w.current.client().post(`/api/v1/invitations/${mailed.split("/invite/")[1]}/accept`, {
      name: "Cora Co-owner",
      password: "a long enough password",
    });
    expect(joined.status).toBe(200);
    const log = await admin.client.get(`/api/v1/orgs/${owner.orgId}/outbox?limit=100`);
    expect(JSON.stringify(log.body)).not.toMatch(/\/invite\/[A-Za-z0-9_-]{20,}/);
  });
});
