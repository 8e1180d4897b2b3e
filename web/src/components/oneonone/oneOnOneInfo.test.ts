import { describe, expect, it } from "vitest";
import { oneOnOneWeekday } from "./oneOnOneInfo.js";

describe("oneOnOneWeekday", () => {
  it("says the cadence's weekday, whatever day the first meeting fell on", () => {
    const oneOnOne = {
      cadence: { frequency: "weekly" as const, weekday: "MO" as const },
      firstMeetingAt: "2026-03-03T09:00:00.000Z",
      timezone: "UTC",
    };
    expect(oneOnOneWeekday(oneOnOne)).toBe(0);
  });

  it("falls back to the first meeting's day, in the 1:1's zone, when the cadence has none", () => {
    const oneOnOne = {
      cadence: { frequency: "none" as const },
      firstMeetingAt: "2026-03-03T23:30:00.000Z",
      timezone: "Asia/Tokyo",
    };
    expect(oneOnOneWeekday(oneOnOne)).toBe(2);
  });
});
