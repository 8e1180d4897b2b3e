import { describe, expect, it } from "vitest";
import { markdownToPlain } from "./markdown-plain.js";

describe("markdownToPlain", () => {
  it("drops emphasis, headings, bullets and link targets", () => {
    expect(
      markdownToPlain("**Launch**: smooth, _two_ small bugs.\n\n- Pair on tests\n- Share [drafts](https://x.y) early"),
    ).toBe("Launch: smooth, two small bugs. Pair on tests Share drafts early");
    expect(markdownToPlain("# Title\n> quoted\n1. first\n`code` and ~~old~~")).toBe("Title quoted first code and old");
  });

  it("leaves ordinary text alone", () => {
    expect(markdownToPlain("2 * 3 = 6, snake_case stays")).toBe("2 * 3 = 6, snake_case stays");
  });
});
