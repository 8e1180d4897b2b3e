import { describe, expect, it } from "vitest";
import { splitHighlights } from "./highlight.js";

describe("splitHighlights", () => {
  it("marks the matched ranges and keeps the rest as text", () => {
    expect(splitHighlights("Blocked on the payments API review", [[28, 34]])).toEqual([
      { text: "Blocked on the payments API ", mark: false },
      { text: "review", mark: true },
    ]);
  });

  it("keeps markup a user typed as plain text", () => {
    const parts = splitHighlights("say <b>hi</b> there", [[7, 9]]);
    expect(parts.map((p) => p.text).join("")).toBe("say <b>hi</b> there");
    expect(parts[1]).toEqual({ text: "hi", mark: true });
  });

  it("sorts, merges and clamps ranges", () => {
    expect(
      splitHighlights("abcdefgh", [
        [6, 20],
        [1, 3],
        [2, 4],
        [5, 5],
        [-3, 0],
      ]),
    ).toEqual([
      { text: "a", mark: false },
      { text: "bcd", mark: true },
      { text: "ef", mark: false },
      { text: "gh", mark: true },
    ]);
  });

  it("returns the whole text unmarked without ranges, and nothing for empty text", () => {
    expect(splitHighlights("plain", [])).toEqual([{ text: "plain", mark: false }]);
    expect(splitHighlights("", [[0, 3]])).toEqual([]);
  });
});
