import { describe, expect, it } from "vitest";
import { averageOf, summarizeTrend } from "./trend.js";

describe("summarizeTrend", () => {
  it("sees a drop against the recent average", () => {
    expect(summarizeTrend([4, 4, 4, 4, 4, 2])).toEqual({
      count: 6,
      latest: 2,
      average: 3.7,
      min: 2,
      max: 4,
      direction: "down",
    });
  });
  it("sees an improvement and a steady line", () => {
    expect(summarizeTrend([2, 3, 3, 3, 4])?.direction).toBe("up");
    expect(summarizeTrend([5, 4, 5, 4])?.direction).toBe("steady");
    expect(summarizeTrend([3])?.direction).toBe("steady");
  });
  it("is null without values", () => {
    expect(summarizeTrend([])).toBeNull();
  });
});

describe("averageOf", () => {
  it("ignores missing scores", () => {
    expect(averageOf([4, null, 5])).toBe(4.5);
    expect(averageOf([null])).toBeNull();
  });
});
