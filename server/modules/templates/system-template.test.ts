import { describe, expect, it } from "vitest";
import { LOCALES } from "../../../shared/schemas/common.js";
import { SYSTEM_SECTION_KEYS, systemTemplateSections } from "./system-template.js";

describe("system template", () => {
  it("follows the article: five sections with their minutes", () => {
    const sections = systemTemplateSections("en");
    expect(sections.map((s) => s.key)).toEqual([...SYSTEM_SECTION_KEYS]);
    expect(sections.map((s) => s.minutes)).toEqual([5, 15, 10, 10, 2]);
  });

  it("has the same shape in every language, every prompt translated", () => {
    const en = systemTemplateSections("en");
    for (const locale of LOCALES) {
      const sections = systemTemplateSections(locale);
      expect(sections.map((s) => [s.key, s.minutes, s.prompts.length])).toEqual(
        en.map((s) => [s.key, s.minutes, s.prompts.length]),
      );
      if (locale !== "en") {
        for (const [i, s] of sections.entries()) {
          expect(s.title).not.toBe(en[i]?.title);
          for (const [j, p] of s.prompts.entries()) expect(p).not.toBe(en[i]?.prompts[j]);
        }
      }
    }
  });
});
