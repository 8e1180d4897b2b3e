import { describe, expect, it } from "vitest";
import { formatMeetingWhen, formatPlainDate } from "./format.js";

const NOW = Date.parse("2026-11-24T23:30:00Z");

describe("formatMeetingWhen", () => {
  it("says today and tomorrow by the viewer's calendar", () => {
    // 23:30 UTC is still the 24th in São Paulo, already the 25th in Berlin.
    expect(formatMeetingWhen("2026-11-25T14:00:00Z", "en", "America/Sao_Paulo", NOW)).toBe("Tomorrow, 11:00 AM");
    expect(formatMeetingWhen("2026-11-25T14:00:00Z", "en", "Europe/Berlin", NOW)).toBe("Today, 3:00 PM");
    expect(formatMeetingWhen("2026-11-25T14:00:00Z", "pt-BR", "America/Sao_Paulo", NOW)).toBe("Amanhã, 11:00");
  });

  it("gives the weekday and date further out, with the year only when it differs", () => {
    expect(formatMeetingWhen("2026-12-01T13:00:00Z", "en", "America/Sao_Paulo", NOW)).toBe("Tue, Dec 1, 10:00 AM");
    expect(formatMeetingWhen("2027-01-05T13:00:00Z", "en", "UTC", NOW)).toBe("Tue, Jan 5, 2027, 1:00 PM");
  });
});

describe("formatPlainDate", () => {
  it("formats a calendar date without shifting it across zones", () => {
    expect(formatPlainDate("2026-11-19", "en", NOW)).toBe("Nov 19");
    expect(formatPlainDate("2027-02-01", "es", NOW)).toBe("1 feb 2027");
  });
});
