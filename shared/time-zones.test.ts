import { describe, expect, it } from "vitest";
import { timezoneSchema } from "./schemas/common.js";
import { CURRENT_ZONE_NAMES, currentZoneName } from "./time-zones.js";

describe("currentZoneName", () => {
  it("gives the current IANA name of a legacy alias browsers still report", () => {
    expect(currentZoneName("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(currentZoneName("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(currentZoneName("America/Godthab")).toBe("America/Nuuk");
    expect(currentZoneName("Etc/UTC")).toBe("UTC");
  });

  it("keeps a current name as it is", () => {
    expect(currentZoneName("America/Sao_Paulo")).toBe("America/Sao_Paulo");
    expect(currentZoneName("UTC")).toBe("UTC");
  });

  it("names only zones this runtime knows, each already current", () => {
    for (const [legacy, current] of Object.entries(CURRENT_ZONE_NAMES)) {
      expect(timezoneSchema.safeParse(current).success, legacy).toBe(true);
      expect(currentZoneName(current), legacy).toBe(current);
    }
  });

  it("is applied to every zone the API receives", () => {
    expect(timezoneSchema.parse("Asia/Saigon")).toBe("Asia/Ho_Chi_Minh");
    expect(timezoneSchema.safeParse("Mars/Olympus").success).toBe(false);
  });
});
