// Attacker: the admin of workspace B who wants the account of Vera, a member of workspace A.
// Chain: invite Vera's e-mail into B and keep the link -> accept it yourself with a password of your
// choice and a new name (hoping to reset hers), or while signed in as yourself (hoping the invitation
// joins *your* account, or that your session carries over) -> or reuse a revoked or replaced link.
// Rule: P7. An invitation to an existing account opens it only with that account's own password; it
// never changes its name or password; a revoked, replaced, used or expired link is dead (404).
import { expect, it } from "vitest";
import { buildMember, buildOwner, inviteTokenOf, PASSWORD } from "../support/factories.js";
import { describeAttack } from "./support/attack-world.js";

describeAttack("an invitation does not open or change an existing account", (w) => {
  it("refuses a wrong password, changes neither name nor password, and kills revoked and replaced links", async () => {
    const t = w.current;
    const ownerA = await buildOwner(t, "Ann Owner");
    const vera = await buildMember(t, ownerA, { name: "Vera Victim" });
    const mallory = await buildOwner(t, "Mallory AdminOfB");

    const invite = await mallory.client.post(`/api/v1/orgs/${mallory.orgId}/invitations`, { email: vera.email });
    expect(invite.status).toBe(201);
    const token = inviteTokenOf(invite.body.acceptUrl);
    const preview = await mallory.client.get(`/api/v1/invitations/${token}`);
    expect(preview.body).toMatchObject({ existingAccount: true, blockedReason: null });
    // Accepting with her own session cookie and a made-up password: refused, nothing changes.
    const hijack = await mallory.client.post(`/api/v1/invitations/${token}/accept`, {
      name: "Vera (owned)",
      password: "mallory's new password",
    });
    expect(hijack.status).toBe(401);
    expect((await mallory.client.get("/api/v1/me")).body.user.id).toBe(mallory.userId);
    const signIn = await w.current.client().post("/api/v1/auth/login", { email: vera.email, password: PASSWORD });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user.name).toBe("Vera Victim");
    expect(
      (await w.current.client().post("/api/v1/auth/login", { email: vera.email, password: "mallory's new password" }))
        .status,
    ).toBe(401);

    // A revoked link and a replaced link are dead.
    const revoked = await mallory.client.post(`/api/v1/orgs/${mallory.orgId}/invitations`, {
      email: "someone@example.org",
    });
    expect((await mallory.client.delete(`/api/v1/orgs/${mallory.orgId}/invitations/${revoked.body.id}`)).status).toBe(
      204,
    );
    const replaced = await mallory.client.post(`/api/v1/orgs/${mallory.orgId}/invitations`, {
      email: "other@example.org",
    });
    const replacement = await mallory.client.post(`/api/v1/orgs/${mallory.orgId}/invitations`, {
      email: "other@example.org",
    });
    for (const dead of [revoked.body.acceptUrl, replaced.body.acceptUrl] as string[]) {
      const c = w.current.client();
      expect((await c.get(`/api/v1/invitations/${inviteTokenOf(dead)}`)).status).toBe(404);
      expect(
        (await c.post(`/api/v1/invitations/${inviteTokenOf(dead)}/accept`, { name: "X", password: "a long password" }))
          .status,
      ).toBe(404);
    }
    // Another workspace's admin cannot revoke or resend B's invitations (P5).
    expect(
      (await ownerA.client.post(`/api/v1/orgs/${mallory.orgId}/invitations/${replacement.body.id}/resend`, {})).status,
    ).toBe(404);
    expect(
      (await ownerA.client.post(`/api/v1/orgs/${ownerA.orgId}/invitations/${replacement.body.id}/resend`, {})).status,
    ).toBe(404);

    // The legitimate path: Vera joins B with her own password, keeps her name, and still has A.
    const joined = await vera.client.post(`/api/v1/invitations/${token}/accept`, { password: PASSWORD });
    expect(joined.status).toBe(200);
    expect(joined.body.user.name).toBe("Vera Victim");
    const me = await vera.client.get("/api/v1/me");
    expect(me.body.memberships.map((m: { organization: { id: string } }) => m.organization.id).sort()).toEqual(
      [ownerA.orgId, mallory.orgId].sort(),
    );
    // Used: single use.
    expect((await vera.client.post(`/api/v1/invitations/${token}/accept`, { password: PASSWORD })).status).toBe(404);
  });
});
