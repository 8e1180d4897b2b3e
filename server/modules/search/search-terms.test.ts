import { describe, expect, it } from "vitest";
import { fts5Query, makeSnippet, searchTerms, tsQuery } from "./search-terms.js";

describe("search terms", () => {
  it("keeps only words, so no query syntax reaches the engine", () => {
    expect(searchTerms('Promoção "NEAR" OR (x) -y *')).toEqual(["promoção", "near", "or", "x", "y"]);
    expect(fts5Query(["a", "b"])).toBe('"a"* AND "b"*');
    expect(fts5Query(["a", "b"], "s12ab")).toBe('"s12aba"* AND "s12abb"*');
    expect(tsQuery(["a", "b"])).toBe("a:* & b:*");
    expect(() => searchTerms("  ?!  ")).toThrow(/at least one word/);
  });

  it("highlights word prefixes in plain text, ignoring case and accents", () => {
    expect(makeSnippet("A promoção e o PROMO plan; compromise", ["promo"])).toEqual({
      snippet: "A promoção e o PROMO plan; compromise",
      highlights: [
        [2, 10],
        [15, 20],
      ],
    });
    expect(makeSnippet("<b>marmalade</b> plan", ["marm"])).toEqual({
      snippet: "<b>marmalade</b> plan",
      highlights: [[3, 12]],
    });
  });

  it("cuts a window around the first match", () => {
    const text = `${"word ".repeat(100)}target ${"tail ".repeat(100)}`;
    const { snippet, highlights } = makeSnippet(text, ["target"], 20);
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    const [start, end] = highlights[0] as [number, number];
    expect(snippet.slice(start, end)).toBe("target");
  });
});
