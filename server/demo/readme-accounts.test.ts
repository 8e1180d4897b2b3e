import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_PEOPLE } from "./seed.js";

const LANGUAGE = { en: "English", "pt-BR": "Português (Brasil)", es: "Español" } as const;

describe("the README's demo accounts", () => {
  it("lists every account the demo seeds, with its own language", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    for (const person of DEMO_PEOPLE) {
      const row = readme.split("\n").find((line) => line.includes(`\`${person.email}\``));
      expect(row, `${person.email} is in the README`).toBeDefined();
      expect(row).toContain(person.name);
      expect(row).toContain(LANGUAGE[person.locale]);
    }
  });
});
