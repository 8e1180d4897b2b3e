// Attacker: anyone with a workspace of their own (or none), guessing a victim's password.
// Chain: invite the victim's e-mail into the attacker's own workspace, then guess the password through
// `POST /invitations/:token/accept` (an existing account's password is checked there) as well as through
// `POST /auth/login`; then spread the guesses over many addresses.
// Rule (issue 15, finding 4): every password check shares the sign-in's limits and audit events; the limit is
// per e-mail *and* address, so a guesser from one address cannot lock the owner out from theirs, and a much
// higher per-e-mail count still stops a distributed guesser for longer.
import { expect, it } from "vitest";
import { buildOwner, PASSWORD } from "../support/factories.js";
import { describeAttack } from "./support/attack-world.js";

describeAttack("password guessing through sign-in and invitation accept", (w) => {
  let victim: Awaited<ReturnType<typeof buildOwner>>;
  let acceptPath: string;

  it("limits one address's guesses, sign-in and accept together, and audits each one", async () => {
    victim = await buildOwner(w.current, "Vera Victim");
    const mallory = await buildOwner(w.current, "Mallory");
    const invite = await mallory.client.post(`/api/v1/orgs/${mallory.orgId}/invitations`, { email: victim.email });
    expect(invite.status).toBe(201);
    acceptPath = `/api/v1/invitations/${invite.body.acceptUrl.split("/invite/")[1]}/accept`;

    const attacker = w.current.client("127.0.66.6");
    for (let i = 0; i < 5; i++) {
      expect((await attacker.post("/api/v1/auth/login", { email: victim.email, password: `guess ${i}` })).status).toBe(
        401,
      );
      expect((await attacker.post(acceptPath, { password: `other guess ${i}` })).status).toBe(401);
    }
    // The eleventh guess is refused before the password is looked at, by either door, even the right one.
    const viaAccept = await attacker.post(acceptPath, { password: PASSWORD });
    expect(viaAccept.status).toBe(429);
    expect(Number(viaAccept.headers["retry-after"])).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) {
      expect((await attacker.post("/api/v1/auth/login", { email: victim.email, password: PASSWORD })).status).toBe(429);
    }

    const audit = await victim.client.get(`/api/v1/orgs/${victim.orgId}/audit?limit=100`);
    expect(audit.status).toBe(200);
    const failures = audit.body.events.filter((e: { action: string }) => e.action === "sign_in.failure");
    expect(failures).toHaveLength(10);
  });

  it("lets the owner sign in from their own address meanwhile", async () => {
    const owner = w.current.client("127.0.77.7");
    const res = await owner.post("/api/v1/auth/login", { email: victim.email, password: PASSWORD });
    expect(res.status).toBe(200);
  });

  it("still stops a guesser spread over many addresses, for longer, at a much higher count", async () => {
    let attempts = 0;
    let limited = false;
    for (let host = 1; host <= 40 && !limited; host++) {
      const bot = w.current.client(`127.0.88.${host}`);
      for (let i = 0; i < 9 && !limited; i++) {
        const res = await bot.post("/api/v1/auth/login", { email: victim.email, password: `bot ${host}-${i}` });
        attempts++;
        if (res.status === 429) limited = true;
        else expect(res.status).toBe(401);
      }
    }
    expect(limited).toBe(true);
    expect(attempts).toBeGreaterThan(50);
    // The back-off is per e-mail now: the owner waits too, longer than the 15 minutes of one address's limit.
    w.current.clock.advance(20 * 60 * 1000);
    const owner = w.current.client("127.0.77.8");
    expect((await owner.post("/api/v1/auth/login", { email: victim.email, password: PASSWORD })).status).toBe(429);
    w.current.clock.advance(60 * 60 * 1000);
    expect((await owner.post("/api/v1/auth/login", { email: victim.email, password: PASSWORD })).status).toBe(200);
  });

  it("leaves accepting an invitation with the right password working", async () => {
    const friend = await buildOwner(w.current, "Fran Friend");
    const invite = await friend.client.post(`/api/v1/orgs/${friend.orgId}/invitations`, { email: victim.email });
    const token = invite.body.acceptUrl.split("/invite/")[1];
    const res = await w.current
      .client("127.0.99.9")
      .post(`/api/v1/invitations/${token}/accept`, { password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.organization.id).toBe(friend.orgId);
  });
});
