import { describe, expect, it } from "vitest";
import { computeCadenceHealth, type HealthMeeting } from "./cadence-health.js";

const weekly = {
  cadence: { frequency: "weekly" as const },
  firstMeetingAt: "2026-01-05T09:00:00.000Z",
  timezone: "UTC",
  status: "active" as const,
};
const at = (
  date: string,
  status: HealthMeeting["status"] = "completed",
  original: string | null = null,
): HealthMeeting => ({
  scheduledAt: `${date}T09:00:00.000Z`,
  originalScheduledAt: original ? `${original}T09:00:00.000Z` : null,
  status,
});

describe("cadence health", () => {
  it("counts expected slots, held, cancelled and rescheduled meetings", () => {
    const meetings = [
      at("2026-01-05"),
      at("2026-01-12", "canceled"),
      at("2026-01-20", "completed", "2026-01-19"),
      at("2026-01-26"),
      at("2026-02-02", "scheduled"),
    ];
    const health = computeCadenceHealth(weekly, meetings, new Date("2026-01-30T12:00:00Z"));
    expect(health).toMatchObject({
      expected: 4,
      held: 3,
      canceled: 1,
      rescheduled: 1,
      adherence: 75,
      currentStreak: 2,
      daysSinceLast: 4,
      overdue: false,
    });
  });

  it("measures the longest gap, including the one still open", () => {
    const meetings = [at("2026-01-05"), at("2026-01-12"), at("2026-02-09")];
    expect(computeCadenceHealth(weekly, meetings, new Date("2026-02-10T09:00:00Z")).longestGapDays).toBe(28);
    expect(computeCadenceHealth(weekly, meetings, new Date("2026-03-30T09:00:00Z")).longestGapDays).toBe(49);
  });

  it("flags overdue past 1.5 × the cadence, not before", () => {
    const meetings = [at("2026-01-05")];
    expect(computeCadenceHealth(weekly, meetings, new Date("2026-01-15T20:00:00Z")).overdue).toBe(false);
    expect(computeCadenceHealth(weekly, meetings, new Date("2026-01-15T22:00:00Z")).overdue).toBe(true);
    const biweekly = { ...weekly, cadence: { frequency: "biweekly" as const } };
    expect(computeCadenceHealth(biweekly, meetings, new Date("2026-01-22T09:00:00Z")).overdue).toBe(false);
    expect(
      computeCadenceHealth({ ...weekly, status: "paused" }, meetings, new Date("2026-03-01T00:00:00Z")).overdue,
    ).toBe(false);
  });

  it("breaks the streak at a cancellation or a long gap", () => {
    const withCancel = [at("2026-01-05"), at("2026-01-12", "canceled"), at("2026-01-19"), at("2026-01-26")];
    expect(computeCadenceHealth(weekly, withCancel, new Date("2026-01-27T00:00:00Z")).currentStreak).toBe(2);
    const withGap = [at("2026-01-05"), at("2026-01-12"), at("2026-02-09"), at("2026-02-16")];
    expect(computeCadenceHealth(weekly, withGap, new Date("2026-02-17T00:00:00Z")).currentStreak).toBe(2);
    expect(computeCadenceHealth(weekly, withGap, new Date("2026-03-30T00:00:00Z")).currentStreak).toBe(0);
  });

  it("has no adherence before anything was expected, and counts only what happened without a cadence", () => {
    expect(
      computeCadenceHealth(weekly, [at("2026-01-05", "scheduled")], new Date("2026-01-01T00:00:00Z")),
    ).toMatchObject({ expected: 0, adherence: null, daysSinceLast: null, overdue: false });
    const none = { ...weekly, cadence: { frequency: "none" as const } };
    expect(
      computeCadenceHealth(none, [at("2026-01-05"), at("2026-01-20", "canceled")], new Date("2026-03-01T00:00:00Z")),
    ).toMatchObject({ expected: 2, held: 1, adherence: 50, overdue: false });
  });

  it("counts a monthly last-Friday cadence", () => {
    const monthly = {
      ...weekly,
      cadence: { frequency: "monthly_nth_weekday" as const, weekday: "FR" as const, nth: -1 as const },
      firstMeetingAt: "2026-01-30T09:00:00.000Z",
    };
    const health = computeCadenceHealth(
      monthly,
      [at("2026-01-30"), at("2026-02-27")],
      new Date("2026-04-01T00:00:00Z"),
    );
    expect(health).toMatchObject({ expected: 3, held: 2, adherence: 67 });
  });

  it("measures from when meetings were held: one held early never reads as 'in the future'", () => {
    // Planned for Jan 12, 17:00; held on Jan 12 at 16:22. Then one planned for Jan 26 held two weeks early.
    const early = (planned: string, held: string): HealthMeeting => ({
      scheduledAt: planned,
      originalScheduledAt: null,
      status: "completed",
      completedAt: held,
    });
    const meetings = [at("2026-01-05"), early("2026-01-12T17:00:00.000Z", "2026-01-12T16:22:00.000Z")];
    const sameDay = computeCadenceHealth(weekly, meetings, new Date("2026-01-12T16:30:00Z"));
    expect(sameDay).toMatchObject({ daysSinceLast: 0, currentStreak: 2, longestGapDays: 7 });
    const twoWeeksEarly = [at("2026-01-05"), early("2026-01-26T09:00:00.000Z", "2026-01-12T10:00:00.000Z")];
    const later = computeCadenceHealth(weekly, twoWeeksEarly, new Date("2026-02-02T10:00:00Z"));
    // Three weeks since it was held: overdue, however the plan read.
    expect(later).toMatchObject({ daysSinceLast: 21, longestGapDays: 21, overdue: true });
  });
});
