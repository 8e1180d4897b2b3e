// Attacker: someone who can put a cookie in the victim's browser before they accept an invitation (a shared
// computer, a sibling subdomain), or who holds an old session of the browser.
// Chain: sign in as yourself -> plant that session cookie in the victim's browser -> the victim accepts an
// invitation there (creating an account, or joining with an existing one) -> replay the planted cookie,
// hoping it now belongs to the victim.
// Rule: every sign-in path, invitation accept included, issues a fresh session token and ends the one the
// browser presented; a token known before sign-in is never a signed-in token (no fixation).
import { expect, it } from "vitest";
import { buildOwner, PASSWORD } from "../support/factories.js";
import { describeAttack } from "./support/attack-world.js";

describeAttack("session fixation through invitation accept", (w) => {
  it("never turns a planted session into the invitee's, for a new or an existing account", async () => {
    const owner = await buildOwner(w.current, "Olga Owner");
    const existing = await buildOwner(w.current, "Evan Existing");
    for (const invitee of [{ email: "newcomer@example.com", name: "Nia Newcomer" }, { email: existing.email }]) {
      const mallory = await buildOwner(w.current, "Mallory");
      const planted = mallory.client.sessionCookie;
      const invite = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, { email: invitee.email });
      expect(invite.status).toBe(201);
      const browser = w.current.client();
      browser.sessionCookie = planted;
      const token = invite.body.acceptUrl.split("/invite/")[1];
      const accepted = await browser.post(`/api/v1/invitations/${token}/accept`, { ...invitee, password: PASSWORD });
      expect(accepted.status).toBe(200);
      expect(browser.sessionCookie).not.toBe(planted);
      expect((await browser.get("/api/v1/me")).body.user.email).toBe(invitee.email);
      const replay = w.current.client();
      replay.sessionCookie = planted;
      expect((await replay.get("/api/v1/me")).status).toBe(401);
    }
  });
});
