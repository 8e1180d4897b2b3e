// Attacker: anyone who signs up, to use the instance as a phishing cannon.
// Chain: sign up with a workspace named like a bank alert with a URL in it -> invite hundreds of
// arbitrary addresses -> each gets "… invited you to Your bank account is locked, see https://…" from
// the instance's good mail server, with the attacker's URL as a clickable link.
// Rule: finding 12. Invitations are limited per workspace and per inviter per hour (429 + Retry-After,
// a higher allowance once the workspace has active members), and names in e-mails are plain text: a URL
// in a workspace or person name never becomes a link (HTML-escaped, and URL-like text defused).
import LinkifyIt from "linkify-it";
import { expect, it } from "vitest";
import { buildMember, buildOwner, PASSWORD } from "../support/factories.js";
import { describeAttack } from "./support/attack-world.js";

const linkify = new LinkifyIt();

describeAttack("invitations are not a spam cannon", (w) => {
  it("stops a new workspace's owner after its hourly allowance; the invitations before it went out", async () => {
    const t = w.current;
    const spammer = await buildOwner(t, "Sid Spammer");
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 200; i++) {
      const res = await spammer.client.post(`/api/v1/orgs/${spammer.orgId}/invitations`, {
        email: `target-${i}@victims.example`,
      });
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter ??= String(res.headers["retry-after"]);
        expect(res.body.error.code).toBe("rate_limited");
      }
    }
    const sent = statuses.filter((s) => s === 201).length;
    expect(sent).toBe(20);
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(3600);
    // Exactly the accepted invitations left the building.
    const delivered = w.current.mail.filter((m) => m.to.some((to) => to.endsWith("@victims.example")));
    expect(delivered).toHaveLength(20);
    // Resending is sending too.
    const pending = await spammer.client.get(`/api/v1/orgs/${spammer.orgId}/invitations`);
    const first = pending.body.invitations[0];
    expect((await spammer.client.post(`/api/v1/orgs/${spammer.orgId}/invitations/${first.id}/resend`, {})).status).toBe(
      429,
    );
    // An hour later the allowance is back.
    t.clock.advance(3600 * 1000);
    expect(
      (await spammer.client.post(`/api/v1/orgs/${spammer.orgId}/invitations`, { email: "late@victims.example" }))
        .status,
    ).toBe(201);
  }, 120_000);

  it("gives a workspace with active members a larger allowance", async () => {
    const t = w.current;
    const owner = await buildOwner(t, "Rhea Real");
    await buildMember(t, owner, { name: "Ana Active" });
    await buildMember(t, owner, { name: "Ben Active" });
    for (let i = 0; i < 30; i++) {
      const res = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, {
        email: `colleague-${i}@real.example`,
      });
      expect(res.status, `invitation ${i}: ${JSON.stringify(res.body)}`).toBe(201);
    }
  });

  it("shows names as plain text: a URL in a workspace or inviter name is not a link in any part", async () => {
    const t = w.current;
    const phisher = w.current.client();
    const signup = await phisher.post("/api/v1/auth/signup", {
      email: "phisher@attacker.example",
      password: PASSWORD,
      name: 'Security Team <a href="https://evil.example/login">verify</a> www.evil.com',
      organizationName: "Your bank account is locked, see https://evil.example",
    });
    expect(signup.status).toBe(201);
    const orgId = signup.body.organization.id as string;
    const invited = await phisher.post(`/api/v1/orgs/${orgId}/invitations`, { email: "mark@victims.example" });
    expect(invited.status).toBe(201);
    const row = await t.deps.db.kysely
      .selectFrom("outboxMessages")
      .selectAll()
      .where("toEmail", "=", "mark@victims.example")
      .executeTakeFirstOrThrow();
    for (const part of [row.subject, row.textBody, row.htmlBody]) {
      expect(part).not.toContain("evil.example");
      expect(part).not.toContain("evil.com");
      expect(part).not.toMatch(/https?:\/\/evil/);
      for (const link of linkify.match(part) ?? []) expect(link.url).not.toMatch(/evil/);
    }
    // Only Rapport's own link is an anchor in the HTML, and the markup in the name stays text.
    const anchors = [...row.htmlBody.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]);
    expect(anchors).toEqual([invited.body.acceptUrl]);
    expect(row.htmlBody).toContain("&lt;a href=");
    // The name is still readable: the words are all there.
    expect(row.subject).toContain("Your bank account is locked, see");
    const mail = w.current.mailTo("mark@victims.example").join("\n");
    expect(mail).not.toContain("evil.example");
    expect(mail).not.toContain("https://evil");
  });
});
