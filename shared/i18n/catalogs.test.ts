import { describe, expect, it } from "vitest";
import { catalogs, createTranslator, negotiateLocale } from "./translate.js";

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
});
