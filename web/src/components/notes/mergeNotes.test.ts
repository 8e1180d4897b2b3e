import { describe, expect, it } from "vitest";
import { keepBoth, resolveMerge } from "./mergeNotes.js";

describe("keepBoth", () => {
  it("puts my text under theirs", () => {
    expect(keepBoth("", "Their plan", "My idea")).toBe("Their plan\n\nMy idea\n");
  });

  it("adds only what I appended to the shared starting point", () => {
    const base = "Agreed: ship on Friday.";
    const theirs = "Agreed: ship on Friday.\nPriya owns the demo.";
    const mine = "Agreed: ship on Friday.\n\nAsk design for the icons.";
    expect(keepBoth(base, theirs, mine)).toBe(
      "Agreed: ship on Friday.\nPriya owns the demo.\n\nAsk design for the icons.\n",
    );
  });

  it("keeps all of my text when I rewrote the start", () => {
    const base = "Draft";
    expect(keepBoth(base, "Draft, reviewed", "A new draft")).toBe("Draft, reviewed\n\nA new draft\n");
  });

  it("doesn't double text that is already there", () => {
    expect(keepBoth("", "Same words", "Same words")).toBe("Same words");
    expect(keepBoth("", "Long text with my part inside", "my part")).toBe("Long text with my part inside");
    expect(keepBoth("", "Short", "Short plus mine")).toBe("Short plus mine");
    expect(keepBoth("x", "Their text", "")).toBe("Their text");
    expect(keepBoth("Base", "Base and theirs", "Base")).toBe("Base and theirs");
  });
});

describe("resolveMerge", () => {
  it("returns the text each choice keeps", () => {
    expect(resolveMerge("useTheirs", "", "theirs", "mine")).toBe("theirs");
    expect(resolveMerge("keepMine", "", "theirs", "mine")).toBe("mine");
    expect(resolveMerge("keepBoth", "", "theirs", "mine")).toBe("theirs\n\nmine\n");
  });
});
