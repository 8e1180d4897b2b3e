// Attacker: someone who wants the secret link of a pending invitation, to join a workspace as the
// invitee (and with the invitee's role): a member of that workspace, a stranger, the admin of
// another workspace, and a read-only API token of one of its admins.
// Chain: list the pending invitations, ask for a fresh link ("New link" / resend) with the right or a
// foreign workspace id, read the e-mail log and the audit log -> a usable /invite/<token> link.
// Rule: P7 and ADR 0019 (invitation links without SMTP). Links are stored hashed: nobody can read one back. Only an admin of the
// workspace (an owner for an owner invitation), in a session or with a write token, can get a link
// again, and only by re-issuing it: the old link stops working, the invitee is e-mailed the new one
// when SMTP exists, and the audit log says who did it. Every refused try leaves the invitee's link working.
import { expect, it } from "vitest";
import { buildMember, buildOwner } from "../support/factories.js";
import type { ApiResponse } from "../support/http-client.js";
import { describeAttack } from "./support/attack-world.js";

const INVITE_LINK = /\/invite\/[A-Za-z0-9_-]{20,}/;
const tokenOf = (url: string) => url.split("/invite/")[1] as string;

describeAttack("the link of a pending invitation goes only to the workspace's admins", (w) => {
  it("refuses a member, a stranger, another workspace's admin and a read-only token; the link keeps working", async () => {
    const t = w.current;
    const owner = await buildOwner(t, "Olga Owner");
    const member = await buildMember(t, owner, { name: "Mia Member" });
    const admin = await buildMember(t, owner, { name: "Ada Admin", role: "admin" });
    const stranger = await buildOwner(t, "Sam Stranger");
    const otherAdmin = await buildMember(t, stranger, { name: "Otto Otheradmin", role: "admin" });
    const created = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, {
      email: "pending-invitee@example.com",
      role: "admin",
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const invitationId = created.body.id as string;
    const ownerInvite = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, {
      email: "pending-owner@example.com",
      role: "owner",
    });
    expect(ownerInvite.status).toBe(201);

    const minted = await admin.client.post("/api/v1/tokens", { name: "read only", scopes: ["read"] });
    expect(minted.status, JSON.stringify(minted.body)).toBe(201);
    const readToken = t.client();
    readToken.bearer = minted.body.token;

    const leaked: ApiResponse[] = [];
    const tries: Array<[string, ApiResponse, number]> = [];
    const attackers = { member: member.client, stranger: stranger.client, otherAdmin: otherAdmin.client };
    for (const [who, client] of Object.entries(attackers)) {
      const list = await client.get(`/api/v1/orgs/${owner.orgId}/invitations`);
      const resend = await client.post(`/api/v1/orgs/${owner.orgId}/invitations/${invitationId}/resend`, {});
      const outbox = await client.get(`/api/v1/orgs/${owner.orgId}/outbox`);
      const audit = await client.get(`/api/v1/orgs/${owner.orgId}/audit`);
      const expected = who === "member" ? 403 : 404;
      tries.push([`${who} lists`, list, expected], [`${who} re-issues`, resend, expected]);
      tries.push([`${who} reads the e-mail log`, outbox, expected], [`${who} reads the audit log`, audit, expected]);
      leaked.push(list, resend, outbox, audit);
    }
    // The other workspace's admin names their own workspace: the invitation is not theirs.
    const viaOwnWorkspace = await otherAdmin.client.post(
      `/api/v1/orgs/${stranger.orgId}/invitations/${invitationId}/resend`,
      {},
    );
    tries.push(["other admin re-issues through their own workspace", viaOwnWorkspace, 404]);
    // A read-only token reads the list, which holds no link, and may not re-issue one.
    const tokenList = await readToken.get(`/api/v1/orgs/${owner.orgId}/invitations`);
    const tokenResend = await readToken.post(`/api/v1/orgs/${owner.orgId}/invitations/${invitationId}/resend`, {});
    tries.push(["read token lists", tokenList, 200], ["read token re-issues", tokenResend, 403]);
    // An admin may not re-issue an owner invitation, which only an owner may send.
    const adminOwnerLink = await admin.client.post(
      `/api/v1/orgs/${owner.orgId}/invitations/${ownerInvite.body.id}/resend`,
      {},
    );
    tries.push(["admin re-issues an owner invitation", adminOwnerLink, 403]);
    leaked.push(viaOwnWorkspace, tokenList, tokenResend, adminOwnerLink);

    for (const [what, res, status] of tries) expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(status);
    for (const res of leaked) expect(JSON.stringify(res.body)).not.toMatch(INVITE_LINK);
    // Nothing was re-issued: the invitee's link still opens the invitation.
    expect((await t.client().get(`/api/v1/invitations/${tokenOf(created.body.acceptUrl)}`)).status).toBe(200);
    expect((await t.client().get(`/api/v1/invitations/${tokenOf(ownerInvite.body.acceptUrl)}`)).status).toBe(200);
  });

  it("gives an admin a fresh link, ends the old one, e-mails the invitee and audits it", async () => {
    const t = w.current;
    const owner = await buildOwner(t, "Odile Owner");
    const admin = await buildMember(t, owner, { name: "Abel Admin", role: "admin" });
    const email = `reissued-${t.engine}@example.com`;
    const created = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, { email });
    const fresh = await admin.client.post(`/api/v1/orgs/${owner.orgId}/invitations/${created.body.id}/resend`, {});
    expect(fresh.status, JSON.stringify(fresh.body)).toBe(200);
    expect(fresh.body.acceptUrl).toMatch(INVITE_LINK);
    expect(fresh.body.emailDelivery).toBe("sent");
    expect((await t.client().get(`/api/v1/invitations/${tokenOf(created.body.acceptUrl)}`)).status).toBe(404);
    expect((await t.client().get(`/api/v1/invitations/${tokenOf(fresh.body.acceptUrl)}`)).status).toBe(200);
    expect(w.current.mailTo(email).at(-1)).toContain(tokenOf(fresh.body.acceptUrl));
    const audit = await owner.client.get(`/api/v1/orgs/${owner.orgId}/audit`);
    const resent = JSON.stringify(audit.body);
    expect(resent).toContain("invitation.resent");
    expect(resent).not.toMatch(INVITE_LINK);
  });
});
