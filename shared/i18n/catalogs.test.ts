import { describe, expect, it } from "vitest";
import { catalogs, createTranslator, type MessageKey, negotiateLocale } from "./translate.js";

describe("message catalogs", () => {
  it("have exactly the same keys in English, Português (Brasil) and Español", () => {
    const reference = Object.keys(catalogs.en).sort();
    expect(Object.keys(catalogs["pt-BR"]).sort()).toEqual(reference);
    expect(Object.keys(catalogs.es).sort()).toEqual(reference);
  });

  it("keep every placeholder of the English message", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, english] of Object.entries(catalogs.en)) {
      for (const locale of ["pt-BR", "es"] as const) {
        expect(placeholders(catalogs[locale][key as keyof typeof catalogs.en]), `${locale} ${key}`).toEqual(
          placeholders(english),
        );
      }
    }
  });

  it("has no untranslated leftovers", () => {
    for (const locale of ["pt-BR", "es"] as const) {
      for (const [key, value] of Object.entries(catalogs[locale]))
        expect(value, `${locale} ${key}`).not.toMatch(/^TODO/);
    }
  });

  it("fills placeholders and negotiates locales", () => {
    const t = createTranslator("es");
    expect(t("email.invitation.subject", { inviter: "Ana", organization: "Acme" })).toBe(
      "Ana te invitó a Acme en Rapport",
    );
    expect(negotiateLocale(["pt-PT", "en"])).toBe("pt-BR");
    expect(negotiateLocale(["es-MX"])).toBe("es");
    expect(negotiateLocale(["de-DE"])).toBe("en");
  });

  it("pluralises every counted English sentence with the plural rules (never '1 1:1s')", () => {
    // Counts that read the same whatever the number ("{count} min"), or are never 1.
    const invariant = new Set(["common.minutes", "insights.search.capped", "cadence.phrase.everyN"]);
    for (const [key, english] of Object.entries(catalogs.en)) {
      if (!english.includes("{count}") || /_(one|other)$/.test(key) || invariant.has(key)) continue;
      expect.fail(`${key} counts without _one/_other variants: "${english}"`);
    }
    const t = createTranslator("en");
    expect(t("home.lead.week" as MessageKey, { count: 1 })).toBe("You have 1 1:1 in the next seven days.");
    expect(t("insights.dashboard.moodLabel" as MessageKey, { count: 1, values: "2" })).toBe(
      "Mood in the last check-in: 2.",
    );
  });
});
