import { describe, expect, it } from "vitest";
import { addDays, todayIn, utcToZoned, weekdayOf, zoneCity, zonedToUtc, zoneOffsetMs } from "./zonedTime.js";

describe("zonedToUtc", () => {
  it("converts an ordinary wall-clock time", () => {
    expect(zonedToUtc("2026-12-01", "10:00", "America/Sao_Paulo")).toBe("2026-12-01T13:00:00.000Z");
    expect(zonedToUtc("2026-06-15", "09:30", "Europe/Lisbon")).toBe("2026-06-15T08:30:00.000Z");
    expect(zonedToUtc("2026-06-15", "09:30", "Asia/Kolkata")).toBe("2026-06-15T04:00:00.000Z");
    expect(zonedToUtc("2026-06-15", "23:45", "UTC")).toBe("2026-06-15T23:45:00.000Z");
  });

  it("keeps 09:00 at 09:00 on both sides of a daylight-saving change", () => {
    expect(zonedToUtc("2026-03-06", "09:00", "America/New_York")).toBe("2026-03-06T14:00:00.000Z");
    expect(zonedToUtc("2026-03-09", "09:00", "America/New_York")).toBe("2026-03-09T13:00:00.000Z");
    expect(zonedToUtc("2026-03-27", "09:00", "Europe/Berlin")).toBe("2026-03-27T08:00:00.000Z");
    expect(zonedToUtc("2026-03-30", "09:00", "Europe/Berlin")).toBe("2026-03-30T07:00:00.000Z");
    // Southern hemisphere: Sydney leaves daylight time in April.
    expect(zonedToUtc("2026-04-03", "09:00", "Australia/Sydney")).toBe("2026-04-02T22:00:00.000Z");
    expect(zonedToUtc("2026-04-06", "09:00", "Australia/Sydney")).toBe("2026-04-05T23:00:00.000Z");
  });

  it("moves a time skipped by the spring jump forward by the jump", () => {
    // New York skips 02:00–03:00 on 8 March 2026: 02:30 becomes 03:30 EDT.
    expect(zonedToUtc("2026-03-08", "02:30", "America/New_York")).toBe("2026-03-08T07:30:00.000Z");
    // Berlin skips 02:00–03:00 on 29 March 2026: 02:30 becomes 03:30 CEST.
    expect(zonedToUtc("2026-03-29", "02:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
  });

  it("picks the first of a time that happens twice", () => {
    // New York repeats 01:00–02:00 on 1 November 2026: the first 01:30 is EDT.
    expect(zonedToUtc("2026-11-01", "01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z");
    // Berlin repeats 02:00–03:00 on 25 October 2026: the first 02:30 is CEST.
    expect(zonedToUtc("2026-10-25", "02:30", "Europe/Berlin")).toBe("2026-10-25T00:30:00.000Z");
  });

  it("round-trips with utcToZoned", () => {
    for (const zone of ["America/Sao_Paulo", "Europe/London", "Asia/Tokyo", "Pacific/Auckland", "America/St_Johns"]) {
      const iso = zonedToUtc("2026-07-04", "14:15", zone);
      expect(utcToZoned(iso, zone)).toMatchObject({ date: "2026-07-04", time: "14:15" });
    }
  });
});

describe("utcToZoned", () => {
  it("gives the local date, time and weekday", () => {
    expect(utcToZoned("2026-12-01T01:30:00.000Z", "America/Sao_Paulo")).toEqual({
      date: "2026-11-30",
      time: "22:30",
      weekday: 0,
    });
    expect(utcToZoned("2026-12-01T00:00:00.000Z", "UTC").time).toBe("00:00");
  });
});

describe("calendar dates", () => {
  it("knows weekdays, adds days across months and finds today in a zone", () => {
    expect(weekdayOf("2026-11-24")).toBe(1);
    expect(weekdayOf("2026-11-29")).toBe(6);
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    const late = Date.parse("2026-11-25T01:00:00Z");
    expect(todayIn("America/Sao_Paulo", late)).toBe("2026-11-24");
    expect(todayIn("Europe/Berlin", late)).toBe("2026-11-25");
  });

  it("measures offsets and names zones", () => {
    expect(zoneOffsetMs("America/Sao_Paulo", Date.parse("2026-06-01T12:00:00Z"))).toBe(-3 * 3600 * 1000);
    expect(zoneOffsetMs("Asia/Kathmandu", Date.parse("2026-06-01T12:00:00Z"))).toBe(5.75 * 3600 * 1000);
    expect(zoneCity("America/Sao_Paulo")).toBe("Sao Paulo");
    expect(zoneCity("UTC")).toBe("UTC");
  });
});
