import LinkifyIt from "linkify-it";
import { describe, expect, it } from "vitest";
import { hideSecretLinks } from "./hide-secret-links.js";
import { plainName, renderEmail } from "./render-email.js";

describe("secret links in the e-mail log (P7)", () => {
  it("hides tokens in paths and queries, keeps ordinary links and ids", () => {
    const text = [
      "Accept: https://rapport.example.org/invite/ZoCi5S013PUulM4RgNOwgG2uilkoMsh-9LSMt8NLDEk",
      "Feed: https://rapport.example.org/api/v1/calendar/feed.ics?token=ZoCi5S013PUulM4RgNOwgG2uilkoMsh-9LSMt8NLDEk",
      "Meeting: https://rapport.example.org/meetings/8acddb0f-c280-48cb-8e7b-ec305f3d7dd7",
      "Settings: https://rapport.example.org/settings#notifications",
    ].join("\n");
    const { text: shown, hidden } = hideSecretLinks(text);
    expect(hidden).toBe(2);
    expect(shown).not.toContain("ZoCi5S013PUulM4RgNOwgG2uilkoMsh");
    expect(shown).toContain("https://rapport.example.org/invite/…");
    expect(shown).toContain("https://rapport.example.org/api/v1/calendar/feed.ics?…");
    expect(shown).toContain("/meetings/8acddb0f-c280-48cb-8e7b-ec305f3d7dd7");
    expect(shown).toContain("/settings#notifications");
  });
});

describe("names in e-mails are plain text (finding 12)", () => {
  const linkify = new LinkifyIt();
  it("defuses URLs, domains and addresses in a name but keeps ordinary punctuation", () => {
    for (const name of [
      "Your bank account is locked, see https://evil.example/login",
      "www.evil.com",
      "Pay at evil.com now",
      "help@evil.co",
      "HTTP://EVIL.COM",
    ]) {
      const safe = plainName(name);
      expect(linkify.match(safe), `${name} -> ${safe}`).toBeNull();
    }
    expect(plainName("Dr. Ana Souza, Jr.")).toBe("Dr. Ana Souza, Jr.");
    expect(plainName("Acme")).toBe("Acme");
  });

  it("escapes the name in the HTML part, and only the call to action is an anchor", () => {
    const email = renderEmail("a@example.com", {
      locale: "en",
      subject: plainName("<b>x</b> evil.com"),
      paragraphs: [`Join ${plainName('<a href="https://evil.example">here</a>')}`],
      cta: { label: "Accept", url: "https://rapport.example.org/invite/abc" },
    });
    expect(email.html).toContain("&lt;a href=&quot;https:/");
    expect([...email.html.matchAll(/<a\s/g)]).toHaveLength(1);
    expect(email.subject).not.toContain("evil.com");
  });
});
