import { describe, expect, it } from "vitest";
import { formatPercent, formatScore, monthLabel, shortDate } from "./insightFormat.js";

describe("insight formats", () => {
  it("formats days in the viewer's zone", () => {
    // 02:00 UTC on 25 Nov is still 24 Nov in São Paulo.
    expect(shortDate("2026-11-25T02:00:00Z", "en", "America/Sao_Paulo")).toBe("Nov 24");
    expect(shortDate("2026-11-25T02:00:00Z", "en", "Europe/Lisbon")).toBe("Nov 25");
  });
  it("names months without shifting across zones", () => {
    expect(monthLabel("2026-05", "en")).toBe("May");
    expect(monthLabel("2026-05", "en", "long")).toBe("May 2026");
    expect(monthLabel("2026-01", "es", "long")).toBe("enero de 2026");
  });
  it("formats percentages and scores per locale", () => {
    expect(formatPercent(92, "en")).toBe("92%");
    expect(formatScore(3.7, "pt-BR")).toBe("3,7");
    expect(formatScore(4, "en")).toBe("4");
  });
});
