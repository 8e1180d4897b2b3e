import { describe, expect, it } from "vitest";
import { oneOnOneTermPrefix, searchIndexTerms } from "./search-index-terms.js";

describe("searchIndexTerms", () => {
  const oneOnOne = "0b5e4c1a-9d2f-4e8b-a1c3-7f6d5e4c3b2a";

  it("files every word under its 1:1, as the query builds it", () => {
    expect(oneOnOneTermPrefix(oneOnOne)).toBe("s0b5e4c1a9d2f4e8ba1c37f6d5e4c3b2a");
    expect(searchIndexTerms("Roadmap: Q3 plan!", oneOnOne)).toBe(
      "s0b5e4c1a9d2f4e8ba1c37f6d5e4c3b2aroadmap s0b5e4c1a9d2f4e8ba1c37f6d5e4c3b2aq3 s0b5e4c1a9d2f4e8ba1c37f6d5e4c3b2aplan",
    );
  });

  it("keeps accents and other scripts as words (the tokenizer folds them), and drops markup and punctuation", () => {
    const words = searchIndexTerms("<b>Reunião</b> — 会議 ｆｕｌｌ", oneOnOne).split(" ");
    expect(words.map((w) => w.slice(oneOnOneTermPrefix(oneOnOne).length))).toEqual([
      "b",
      "reunião",
      "b",
      "会議",
      "full",
    ]);
  });

  it("indexes nothing for an empty text", () => {
    expect(searchIndexTerms("", oneOnOne)).toBe("");
  });
});
