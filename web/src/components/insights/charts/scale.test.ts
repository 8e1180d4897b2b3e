import { describe, expect, it } from "vitest";
import { bands, linearScale, linePath, nearestIndex, niceTicks, spreadIndexes, stepIndex } from "./scale.js";

describe("linearScale", () => {
  it("maps the domain onto the range, inverted for SVG's y", () => {
    const y = linearScale([1, 5], [200, 0]);
    expect(y(1)).toBe(200);
    expect(y(5)).toBe(0);
    expect(y(3)).toBe(100);
  });
  it("puts a flat domain in the middle", () => {
    expect(linearScale([7, 7], [0, 100])(7)).toBe(50);
  });
});

describe("niceTicks", () => {
  it("steps by 1, 2 or 5 times a power of ten and covers the maximum", () => {
    expect(niceTicks(17, 4)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(4, 4)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(120, 4)).toEqual([0, 50, 100, 150]);
  });
  it("never steps by a fraction and copes with zero", () => {
    expect(niceTicks(2, 4)).toEqual([0, 1, 2]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe("spreadIndexes", () => {
  it("keeps the first and last and spreads the rest", () => {
    expect(spreadIndexes(26, 5)).toEqual([0, 6, 13, 19, 25]);
    expect(spreadIndexes(3, 10)).toEqual([0, 1, 2]);
    expect(spreadIndexes(1, 5)).toEqual([0]);
    expect(spreadIndexes(0, 5)).toEqual([]);
  });
});

describe("linePath", () => {
  it("draws through the points and breaks at gaps", () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 5, y: 20 },
        { x: 10, y: null },
        { x: 15, y: 5.26 },
      ]),
    ).toBe("M0 10L5 20M15 5.3");
  });
});

describe("bands and nearestIndex", () => {
  it("centres each band's bars in its step", () => {
    const b = bands(4, 400, 0.5);
    expect(b.step).toBe(100);
    expect(b.inner).toBe(50);
    expect(b.start(1)).toBe(125);
  });
  it("finds the closest value", () => {
    expect(nearestIndex([0, 10, 20], 14)).toBe(1);
    expect(nearestIndex([], 3)).toBe(-1);
  });
});

describe("stepIndex", () => {
  it("moves within bounds with arrows, Home and End", () => {
    expect(stepIndex("ArrowRight", 2, 3)).toBe(2);
    expect(stepIndex("ArrowLeft", 0, 3)).toBe(0);
    expect(stepIndex("ArrowLeft", 2, 3)).toBe(1);
    expect(stepIndex("Home", 2, 3)).toBe(0);
    expect(stepIndex("End", 0, 3)).toBe(2);
    expect(stepIndex("Enter", 0, 3)).toBeNull();
    expect(stepIndex("End", 0, 0)).toBeNull();
  });
});
