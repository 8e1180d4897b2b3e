import { describe, expect, it } from "vitest";
import { theirTime } from "./theirTime.js";

describe("theirTime", () => {
  const at = "2026-12-09T20:00:00.000Z";

  it("gives the other person's time of day when their clock differs", () => {
    expect(theirTime(at, "en", "UTC", "America/Sao_Paulo")).toBe("5:00 PM");
  });

  it("adds their date when the instant falls on another day for them", () => {
    expect(theirTime(at, "en", "UTC", "Asia/Tokyo")).toMatch(/^Thu, Dec 10(, 2026)?, 5:00 AM$/);
  });

  it("is null when both clocks show the same time", () => {
    expect(theirTime(at, "en", "UTC", "UTC")).toBeNull();
    expect(theirTime(at, "en", "UTC", "Europe/Lisbon")).toBeNull();
  });
});
