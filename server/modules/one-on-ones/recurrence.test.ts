import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { nextOccurrence, occurrencesBetween, rruleLine, weekdayIn } from "./recurrence.js";

const local = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toFormat("yyyy-MM-dd EEE HH:mm");

describe("recurrence", () => {
  it("keeps weekly 09:00 Europe/Berlin at 09:00 across the March and October changes", () => {
    const oneOnOne = {
      cadence: { frequency: "weekly" as const },
      firstMeetingAt: "2026-03-17T08:00:00.000Z",
      timezone: "Europe/Berlin",
    };
    const dates = occurrencesBetween(oneOnOne, new Date("2026-03-01T00:00:00Z"), new Date("2026-11-10T00:00:00Z"));
    expect(dates.every((d) => local(d, "Europe/Berlin").endsWith("Tue 09:00"))).toBe(true);
    const before = dates.find((d) => local(d, "Europe/Berlin").startsWith("2026-03-24"));
    const after = dates.find((d) => local(d, "Europe/Berlin").startsWith("2026-03-31"));
    expect(before?.toISOString()).toBe("2026-03-24T08:00:00.000Z");
    expect(after?.toISOString()).toBe("2026-03-31T07:00:00.000Z");
    const lastSummer = dates.find((d) => local(d, "Europe/Berlin").startsWith("2026-10-20"));
    const firstWinter = dates.find((d) => local(d, "Europe/Berlin").startsWith("2026-10-27"));
    expect(lastSummer?.toISOString()).toBe("2026-10-20T07:00:00.000Z");
    expect(firstWinter?.toISOString()).toBe("2026-10-27T08:00:00.000Z");
  });

  it("keeps biweekly 10:30 America/Sao_Paulo on its weekday and time", () => {
    const oneOnOne = {
      cadence: { frequency: "biweekly" as const },
      firstMeetingAt: "2026-01-07T13:30:00.000Z",
      timezone: "America/Sao_Paulo",
    };
    const dates = occurrencesBetween(oneOnOne, new Date("2026-01-01T00:00:00Z"), new Date("2026-03-01T00:00:00Z"));
    expect(dates.map((d) => local(d, "America/Sao_Paulo"))).toEqual([
      "2026-01-07 Wed 10:30",
      "2026-01-21 Wed 10:30",
      "2026-02-04 Wed 10:30",
      "2026-02-18 Wed 10:30",
    ]);
  });

  it("handles a zone with DST in the southern hemisphere (Australia/Sydney, April and October)", () => {
    const oneOnOne = {
      cadence: { frequency: "every_n_weeks" as const, interval: 3 },
      firstMeetingAt: "2026-03-18T22:00:00.000Z",
      timezone: "Australia/Sydney",
    };
    const dates = occurrencesBetween(oneOnOne, new Date("2026-03-01T00:00:00Z"), new Date("2026-11-01T00:00:00Z"));
    expect(dates.length).toBeGreaterThan(10);
    expect(new Set(dates.map((d) => local(d, "Australia/Sydney").slice(11)))).toEqual(new Set(["Thu 09:00"]));
  });

  it("finds the last Friday of each month", () => {
    const oneOnOne = {
      cadence: { frequency: "monthly_nth_weekday" as const, weekday: "FR" as const, nth: -1 as const },
      firstMeetingAt: "2026-01-30T15:00:00.000Z",
      timezone: "Europe/Lisbon",
    };
    const dates = occurrencesBetween(oneOnOne, new Date("2026-01-01T00:00:00Z"), new Date("2026-06-01T00:00:00Z"));
    expect(dates.map((d) => local(d, "Europe/Lisbon"))).toEqual([
      "2026-01-30 Fri 15:00",
      "2026-02-27 Fri 15:00",
      "2026-03-27 Fri 15:00",
      "2026-04-24 Fri 15:00",
      "2026-05-29 Fri 15:00",
    ]);
    expect(rruleLine(oneOnOne)).toBe("FREQ=MONTHLY;BYDAY=-1FR");
  });

  it("finds the second Tuesday", () => {
    const oneOnOne = {
      cadence: { frequency: "monthly_nth_weekday" as const, weekday: "TU" as const, nth: 2 as const },
      firstMeetingAt: "2026-02-10T09:00:00.000Z",
      timezone: "UTC",
    };
    expect(nextOccurrence(oneOnOne, new Date("2026-02-10T09:00:00.000Z"))?.toISOString()).toBe(
      "2026-03-10T09:00:00.000Z",
    );
  });

  it("gives the next occurrence strictly after a moment", () => {
    const oneOnOne = {
      cadence: { frequency: "weekly" as const },
      firstMeetingAt: "2026-03-02T09:00:00.000Z",
      timezone: "UTC",
    };
    expect(nextOccurrence(oneOnOne, new Date("2026-01-01T00:00:00Z"))?.toISOString()).toBe("2026-03-02T09:00:00.000Z");
    expect(nextOccurrence(oneOnOne, new Date("2026-03-02T09:00:00Z"))?.toISOString()).toBe("2026-03-09T09:00:00.000Z");
    expect(nextOccurrence(oneOnOne, new Date("2026-03-04T12:00:00Z"))?.toISOString()).toBe("2026-03-09T09:00:00.000Z");
    expect(rruleLine(oneOnOne)).toBe("FREQ=WEEKLY;INTERVAL=1;BYDAY=MO");
  });

  it("has no next occurrence without a cadence", () => {
    const oneOnOne = {
      cadence: { frequency: "none" as const },
      firstMeetingAt: "2026-03-02T09:00:00.000Z",
      timezone: "UTC",
    };
    expect(nextOccurrence(oneOnOne, new Date("2026-03-03T00:00:00Z"))).toBeNull();
    expect(rruleLine(oneOnOne)).toBeNull();
  });

  it("reads the weekday in the 1:1's zone, not UTC", () => {
    expect(weekdayIn(new Date("2026-03-02T23:30:00Z"), "Asia/Tokyo")).toBe("TU");
    expect(weekdayIn(new Date("2026-03-02T23:30:00Z"), "UTC")).toBe("MO");
  });
});
