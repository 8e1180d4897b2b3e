// Attacker: an admin who expects to be removed (deactivated, or demoted to member).
// Chain: while still an admin, invite a second address of your own as admin and keep the link ->
// get deactivated (or demoted) -> accept the kept link from the second address -> back in the
// workspace as an admin, with every 1:1's metadata and the people directory.
// Rule: P7 (no path gives someone access they were refused). An invitation speaks for its inviter:
// it works only while the inviter still may invite that role there (an active admin, an owner for
// an owner invitation). Another admin who resends it vouches for it anew.
import { expect, it } from "vitest";
import { buildMember, buildOwner } from "../support/factories.js";
import { describeAttack } from "./support/attack-world.js";

describeAttack("a removed admin cannot come back through an invitation they created", (w) => {
  it("voids the pending invitations of a deactivated or demoted inviter; a resend by a current admin revives one", async () => {
    const t = w.current;
    const owner = await buildOwner(t, "Olga Owner");
    const fired = await buildMember(t, owner, { name: "Fred Fired", role: "admin" });
    const demoted = await buildMember(t, owner, { name: "Dora Demoted", role: "admin" });
    const backdoor = await fired.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, {
      email: "fred.alt@attacker.example",
      role: "admin",
    });
    expect(backdoor.status).toBe(201);
    const second = await demoted.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, {
      email: "dora.alt@attacker.example",
      role: "admin",
    });
    expect(second.status).toBe(201);
    expect(
      (await owner.client.patch(`/api/v1/orgs/${owner.orgId}/people/${fired.userId}`, { status: "deactivated" }))
        .status,
    ).toBe(200);
    expect(
      (await owner.client.patch(`/api/v1/orgs/${owner.orgId}/people/${demoted.userId}`, { role: "member" })).status,
    ).toBe(200);

    for (const link of [backdoor.body.acceptUrl, second.body.acceptUrl] as string[]) {
      const token = link.split("/invite/")[1] as string;
      const alt = w.current.client();
      expect((await alt.get(`/api/v1/invitations/${token}`)).status).toBe(404);
      const accepted = await alt.post(`/api/v1/invitations/${token}/accept`, {
        name: "Alt",
        password: "the attacker's password",
      });
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(404);
      expect(accepted.body.error.code).toBe("invitation_invalid");
    }
    const people = await owner.client.get(`/api/v1/orgs/${owner.orgId}/people`);
    expect(JSON.stringify(people.body)).not.toContain("attacker.example");

    // The legitimate path: an invitation the owner still stands behind works; and when the owner
    // resends a departed admin's invitation, it is the owner's invitation from then on.
    const pending = await owner.client.get(`/api/v1/orgs/${owner.orgId}/invitations`);
    const dora = pending.body.invitations.find((i: { email: string }) => i.email === "dora.alt@attacker.example");
    const resent = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations/${dora.id}/resend`, {});
    expect(resent.status).toBe(200);
    const joined = await w.current
      .client()
      .post(`/api/v1/invitations/${resent.body.acceptUrl.split("/invite/")[1]}/accept`, {
        name: "Dora Again",
        password: "a fine long password",
      });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    const fresh = await buildMember(t, owner, { name: "Nia New" });
    expect(fresh.userId).toBeTruthy();
  });
});
