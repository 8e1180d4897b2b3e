import { describe, expect, it } from "vitest";
import { hasMoodDrop, hasRepeatedCancellations } from "./alerts.js";

describe("alerts", () => {
  it("flags a drop of 1.5 below the previous four", () => {
    expect(hasMoodDrop([4, 4, 5, 4, 3])).toBe(false);
    expect(hasMoodDrop([4, 4, 5, 4, 2.75])).toBe(true);
    expect(hasMoodDrop([5, 5, 3])).toBe(true);
    expect(hasMoodDrop([1, 1, 1, 5, 5, 5, 5, 4])).toBe(false);
  });

  it("flags two low moods in a row", () => {
    expect(hasMoodDrop([3, 2, 2])).toBe(true);
    expect(hasMoodDrop([2, 3, 2])).toBe(false);
    expect(hasMoodDrop([2])).toBe(false);
    expect(hasMoodDrop([])).toBe(false);
  });

  it("flags two cancellations among the last four due occurrences", () => {
    const m = (date: string, status: "completed" | "canceled" | "scheduled") => ({
      scheduledAt: `${date}T09:00:00Z`,
      originalScheduledAt: null,
      status,
    });
    const now = new Date("2026-03-01T00:00:00Z");
    expect(
      hasRepeatedCancellations(
        [
          m("2026-01-01", "canceled"),
          m("2026-01-08", "completed"),
          m("2026-01-15", "canceled"),
          m("2026-01-22", "completed"),
          m("2026-01-29", "completed"),
        ],
        now,
      ),
    ).toBe(false);
    expect(
      hasRepeatedCancellations(
        [
          m("2026-01-08", "completed"),
          m("2026-01-15", "canceled"),
          m("2026-01-22", "completed"),
          m("2026-01-29", "canceled"),
          m("2026-03-05", "scheduled"),
        ],
        now,
      ),
    ).toBe(true);
  });
});
