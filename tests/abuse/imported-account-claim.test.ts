// Attacker: the owner of any workspace on the instance (here Eve, who signed up on her own).
// Chain: an operator imports a workspace from another instance with `npm run import`; its people have
// no password yet -> Eve invites one of their addresses (or had invited it before the import) -> she
// accepts her own invitation with a password of her choice -> she is that person, in every workspace.
// Rule: P7 / finding 2. Only the set-password link the import issued for that account sets its first
// password; any invitation is refused for it until then, at invite time and at accept time, and says why.
import { expect, it } from "vitest";
import { importExports } from "../../server/modules/export/import.service.js";
import { issueSetPasswordLinks } from "../../server/modules/invitations/set-password-links.js";
import type { WorkspaceExport } from "../../shared/schemas/export.js";
import { buildMember, buildOwner, inviteTokenOf, PASSWORD } from "../support/factories.js";
import { describeAttack } from "./support/attack-world.js";
import { foreignCopy, linkIn } from "./support/foreign-export.js";

describeAttack("an imported account cannot be claimed through an invitation", (w) => {
  it("refuses every invitation for an imported account until its own set-password link is used", async () => {
    const t = w.current;
    // The "other instance": a workspace whose export the operator brings here under fresh ids and addresses.
    const sam = await buildOwner(t, "Sam Source");
    const mira = await buildMember(t, sam, { name: "Mira Imported" });
    const exported = await sam.client.get(`/api/v1/orgs/${sam.orgId}/export`);
    expect(exported.status).toBe(200);
    const { file, email } = foreignCopy(exported.body as WorkspaceExport, [sam.email, mira.email]);
    const miraEmail = email.get(mira.email) as string;
    const samEmail = email.get(sam.email) as string;

    const eve = await buildOwner(t, "Eve Elsewhere");
    // Eve invites the address before it exists here: an ordinary invitation to a new person.
    const early = await eve.client.post(`/api/v1/orgs/${eve.orgId}/invitations`, { email: miraEmail });
    expect(early.status).toBe(201);

    await importExports(t.deps.db, [{ name: "workspace.json", content: file }]);
    const links = await issueSetPasswordLinks(t.deps.db, t.clock, t.baseUrl as string);
    const miraLink = links.find((l) => l.email === miraEmail)?.url as string;
    const samLink = links.find((l) => l.email === samEmail)?.url as string;
    expect(miraLink).toBeTruthy();

    // At invite time: refused, with a reason.
    const invite = await eve.client.post(`/api/v1/orgs/${eve.orgId}/invitations`, { email: miraEmail });
    expect(invite.status, JSON.stringify(invite.body)).toBe(409);
    expect(invite.body.error.code).toBe("account_awaiting_first_password");
    // At accept time: Eve's earlier invitation does not set the password either.
    const attacker = w.current.client();
    const preview = await attacker.get(`/api/v1/invitations/${inviteTokenOf(early.body.acceptUrl)}`);
    expect(preview.body.blockedReason).toBe("account_awaiting_first_password");
    const claim = await attacker.post(`/api/v1/invitations/${inviteTokenOf(early.body.acceptUrl)}/accept`, {
      name: "Mira (Eve)",
      password: "eve's chosen password",
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(409);
    expect(claim.body.error.code).toBe("account_awaiting_first_password");
    expect(
      (await attacker.post("/api/v1/auth/login", { email: miraEmail, password: "eve's chosen password" })).status,
    ).toBe(401);

    // The legitimate path: the imported admin sets his password with his own link, then resends Mira's.
    const samClient = w.current.client();
    const samPreview = await samClient.get(`/api/v1/invitations/${inviteTokenOf(samLink)}`);
    expect(samPreview.body).toMatchObject({ purpose: "set_password", existingAccount: false, blockedReason: null });
    expect(
      (await samClient.post(`/api/v1/invitations/${inviteTokenOf(samLink)}/accept`, { password: PASSWORD })).status,
    ).toBe(200);
    const orgId = file.organization.id;
    // Even the imported workspace's own admin may not invite her in the ordinary way (it would hand him her account).
    expect((await samClient.post(`/api/v1/orgs/${orgId}/invitations`, { email: miraEmail })).status).toBe(409);
    const pending = await samClient.get(`/api/v1/orgs/${orgId}/invitations`);
    const miraPending = pending.body.invitations.find((i: { email: string }) => i.email === miraEmail);
    expect(miraPending).toMatchObject({ purpose: "set_password" });
    const resent = await samClient.post(`/api/v1/orgs/${orgId}/invitations/${miraPending.id}/resend`, {});
    expect(resent.status, JSON.stringify(resent.body)).toBe(200);
    // The fresh link goes to Mira's mailbox only, never to the admin who resent it.
    expect(resent.body.acceptUrl).toBeNull();
    const mailed = linkIn(w.current.mailTo(miraEmail).at(-1)) as string;
    expect(mailed).toBeTruthy();
    const log = await samClient.get(`/api/v1/orgs/${orgId}/outbox?limit=100`);
    expect(log.body.messages.map((m: { kind: string }) => m.kind)).toContain("set_password");
    expect(JSON.stringify(log.body)).not.toContain(inviteTokenOf(mailed));
    const miraClient = w.current.client();
    expect((await miraClient.get(`/api/v1/invitations/${inviteTokenOf(miraLink)}`)).status).toBe(404);
    const set = await miraClient.post(`/api/v1/invitations/${inviteTokenOf(mailed)}/accept`, {
      password: "mira's own password",
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.user.name).toBe("Mira Imported");
    // Single use.
    expect(
      (await miraClient.post(`/api/v1/invitations/${inviteTokenOf(mailed)}/accept`, { password: PASSWORD })).status,
    ).toBe(404);
    expect(
      (await w.current.client().post("/api/v1/auth/login", { email: miraEmail, password: "mira's own password" }))
        .status,
    ).toBe(200);
    // From now on an invitation needs her password, like any existing account.
    const later = await eve.client.post(`/api/v1/orgs/${eve.orgId}/invitations`, { email: miraEmail });
    expect(later.status).toBe(201);
    const guess = await attacker.post(`/api/v1/invitations/${inviteTokenOf(later.body.acceptUrl)}/accept`, {
      password: "eve's chosen password",
    });
    expect(guess.status).toBe(401);
  });
});
