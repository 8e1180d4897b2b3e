import { describe, expect, it } from "vitest";
import { wouldCreateCycle } from "./reporting-lines.js";

describe("wouldCreateCycle", () => {
  const lines = [
    { userId: "ceo", managerId: null },
    { userId: "vp", managerId: "ceo" },
    { userId: "lead", managerId: "vp" },
    { userId: "dev", managerId: "lead" },
  ];
  it("allows a manager above or beside", () => {
    expect(wouldCreateCycle(lines, "dev", "vp")).toBe(false);
    expect(wouldCreateCycle(lines, "lead", "ceo")).toBe(false);
  });
  it("refuses a manager who reports (indirectly) to the person", () => {
    expect(wouldCreateCycle(lines, "ceo", "dev")).toBe(true);
    expect(wouldCreateCycle(lines, "vp", "lead")).toBe(true);
    expect(wouldCreateCycle(lines, "dev", "dev")).toBe(true);
  });
  it("terminates on an existing loop that does not involve the person", () => {
    const broken = [
      { userId: "a", managerId: "b" },
      { userId: "b", managerId: "a" },
    ];
    expect(wouldCreateCycle(broken, "c", "a")).toBe(false);
  });
});
