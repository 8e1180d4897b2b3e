// Attacker: someone who copied a victim's session cookie (a shared computer, a leaked log), some time after
// the victim signed in.
// Chain: replay the cookie -> mint a personal API token -> the victim notices and changes their password
// -> the token keeps working, long after the cookie died.
// Rule (issue 15, finding 9): minting a token needs sudo mode (a sign-in within 15 minutes, or the current
// password); changing the password ends every session and revokes every API token, audited.
import { expect, it } from "vitest";
import { buildOwner, PASSWORD } from "../support/factories.js";
import { describeAttack } from "./support/attack-world.js";

describeAttack("a copied session cookie mints an API token", (w) => {
  it("refuses a token to an old session without the password, and lets the owner mint one", async () => {
    const victim = await buildOwner(w.current, "Vera Victim");
    // Right after signing in, the owner mints a token without typing the password again.
    const early = await victim.client.post("/api/v1/tokens", { name: "CI", scopes: ["write"] });
    expect(early.status).toBe(201);

    const attacker = w.current.client("127.0.66.6");
    attacker.sessionCookie = victim.client.sessionCookie;
    w.current.clock.advance(16 * 60 * 1000);
    const stolen = await attacker.post("/api/v1/tokens", { name: "backdoor", scopes: ["write"] });
    expect(stolen.status).toBe(403);
    expect(stolen.body.error.code).toBe("reauthentication_required");
    const guessed = await attacker.post("/api/v1/tokens", { name: "backdoor", currentPassword: "password123" });
    expect(guessed.status).toBe(403);
    expect(guessed.body.error.code).toBe("reauthentication_required");
    const listed = await victim.client.get("/api/v1/tokens");
    expect(listed.body.tokens.map((t: { name: string }) => t.name)).toEqual(["CI"]);

    // Later, the owner mints one with the password.
    const later = await victim.client.post("/api/v1/tokens", { name: "Laptop", currentPassword: PASSWORD });
    expect(later.status).toBe(201);

    // A token can never mint a token, recent sign-in or not.
    const bearer = w.current.client();
    bearer.bearer = early.body.token;
    const viaToken = await bearer.post("/api/v1/tokens", { name: "child", currentPassword: PASSWORD });
    expect(viaToken.status).toBe(403);
    expect(viaToken.body.error.code).toBe("session_required");

    // The victim changes the password: every token dies with the copied cookie.
    expect((await bearer.get("/api/v1/me")).status).toBe(200);
    const changed = await victim.client.put("/api/v1/me/password", {
      currentPassword: PASSWORD,
      newPassword: "a brand new passphrase",
    });
    expect(changed.status).toBe(204);
    expect((await bearer.get("/api/v1/me")).status).toBe(401);
    const laptop = w.current.client();
    laptop.bearer = later.body.token;
    expect((await laptop.get("/api/v1/me")).status).toBe(401);
    expect((await attacker.get("/api/v1/me")).status).toBe(401);
    expect((await victim.client.get("/api/v1/tokens")).body.tokens).toEqual([]);

    const audit = await victim.client.get(`/api/v1/orgs/${victim.orgId}/audit?limit=100`);
    const revoked = audit.body.events.filter((e: { action: string }) => e.action === "token.revoked");
    const ids = revoked.map((e: { target: { id: string } }) => e.target.id).sort();
    expect(ids).toEqual([early.body.id, later.body.id].sort());
  });

  it("limits and audits password guesses made through sudo mode with the copied cookie", async () => {
    const victim = await buildOwner(w.current, "Gus Guessed");
    const attacker = w.current.client("127.0.66.7");
    attacker.sessionCookie = victim.client.sessionCookie;
    w.current.clock.advance(16 * 60 * 1000);
    for (let i = 0; i < 10; i++) {
      const res = await attacker.post("/api/v1/tokens", { name: "backdoor", currentPassword: `guess ${i}` });
      expect(res.status).toBe(403);
    }
    const limited = await attacker.post("/api/v1/tokens", { name: "backdoor", currentPassword: PASSWORD });
    expect(limited.status).toBe(429);
    const audit = await victim.client.get(`/api/v1/orgs/${victim.orgId}/audit?limit=100`);
    const failures = audit.body.events.filter((e: { action: string }) => e.action === "sign_in.failure");
    expect(failures).toHaveLength(10);
    // The owner's own sign-in is another count: they sign in and change the password, which ends the copy.
    const owner = w.current.client("127.0.77.9");
    expect((await owner.post("/api/v1/auth/login", { email: victim.email, password: PASSWORD })).status).toBe(200);
    w.current.clock.advance(16 * 60 * 1000);
    const changed = await owner.put("/api/v1/me/password", {
      currentPassword: PASSWORD,
      newPassword: "fresh passphrase",
    });
    expect(changed.status).toBe(204);
    expect((await attacker.get("/api/v1/me")).status).toBe(401);
  });
});
