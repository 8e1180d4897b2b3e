import { describe, expect, it } from "vitest";
import { hasLowMood, hasMoodDrop, hasRepeatedCancellations } from "./alerts.js";
import type { HealthMeeting } from "./cadence-health.js";

/** A meeting at 09:00 UTC on `date`, never moved. */
const m = (date: string, status: HealthMeeting["status"]): HealthMeeting => ({
  scheduledAt: `${date}T09:00:00Z`,
  originalScheduledAt: null,
  status,
});

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

  it("flags a latest mood of 2 or lower, even on a first check-in", () => {
    expect(hasLowMood([2])).toBe(true);
    expect(hasLowMood([5, 4, 1])).toBe(true);
    expect(hasLowMood([2, 3])).toBe(false);
    expect(hasLowMood([])).toBe(false);
  });

  it("counts a cancellation when it is made: the next two cancelled in advance is the signal", () => {
    // Held in January; the next two (in March, still ahead) are already cancelled.
    expect(
      hasRepeatedCancellations([
        m("2026-01-08", "completed"),
        m("2026-01-15", "completed"),
        m("2026-03-05", "canceled"),
        m("2026-03-12", "canceled"),
        m("2026-03-19", "scheduled"),
      ]),
    ).toBe(true);
    expect(hasRepeatedCancellations([m("2026-01-08", "completed"), m("2026-03-05", "canceled")])).toBe(false);
  });

  it("flags two cancellations among the last four due occurrences", () => {
    expect(
      hasRepeatedCancellations([
        m("2026-01-01", "canceled"),
        m("2026-01-08", "completed"),
        m("2026-01-15", "canceled"),
        m("2026-01-22", "completed"),
        m("2026-01-29", "completed"),
      ]),
    ).toBe(false);
    expect(
      hasRepeatedCancellations([
        m("2026-01-08", "completed"),
        m("2026-01-15", "canceled"),
        m("2026-01-22", "completed"),
        m("2026-01-29", "canceled"),
        m("2026-03-05", "scheduled"),
      ]),
    ).toBe(true);
  });
});
