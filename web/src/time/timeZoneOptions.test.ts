import { describe, expect, it } from "vitest";
import { searchTimeZones, timeZoneOptions } from "./timeZoneOptions.js";

describe("timeZoneOptions", () => {
  const options = timeZoneOptions(["Asia/Calcutta", "Europe/Kiev"], new Date("2026-12-08T12:00:00Z"));
  const values = options.map((option) => option.value);

  it("lists current IANA names only, even for a legacy zone it must include", () => {
    expect(values).toEqual(expect.arrayContaining(["Asia/Kolkata", "Europe/Kyiv", "America/Nuuk", "UTC"]));
    for (const legacy of ["Asia/Calcutta", "Europe/Kiev", "America/Godthab", "Asia/Saigon"]) {
      expect(values).not.toContain(legacy);
    }
    expect(new Set(values).size).toBe(values.length);
  });

  it("labels each zone with its offset of the day, west to east", () => {
    expect(options.find((o) => o.value === "America/Sao_Paulo")?.label).toBe("(GMT-03:00) America/Sao Paulo");
    expect(options.find((o) => o.value === "Asia/Kolkata")?.offsetMinutes).toBe(330);
    const offsets = options.map((o) => o.offsetMinutes);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it("finds a zone by city with or without accents, by several words or by offset", () => {
    const found = (query: string) => searchTimeZones(options, query).map((o) => o.value);
    expect(found("São Paulo")).toEqual(["America/Sao_Paulo"]);
    expect(found("sao_paulo")).toEqual(["America/Sao_Paulo"]);
    expect(found("kolkata")).toEqual(["Asia/Kolkata"]);
    expect(found("america new")).toContain("America/New_York");
    expect(found("gmt+05:30")).toContain("Asia/Kolkata");
    expect(found("  ")).toHaveLength(options.length);
    expect(found("Atlantis")).toEqual([]);
  });

  it("keeps the chosen zone listed whatever the search", () => {
    expect(searchTimeZones(options, "kolkata", "Europe/Lisbon").map((o) => o.value)).toEqual([
      "Europe/Lisbon",
      "Asia/Kolkata",
    ]);
  });
});
