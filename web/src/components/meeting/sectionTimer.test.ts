import { describe, expect, it } from "vitest";
import { elapsedMs, formatCountdown, goToSection, initialTimer, parseTimer, toggleTimer } from "./sectionTimer.js";

describe("section timer", () => {
  it("counts only while running and banks time per section", () => {
    let state = toggleTimer(initialTimer(3), 1_000);
    expect(elapsedMs(state, 0, 61_000)).toBe(60_000);
    state = goToSection(state, 1, 61_000);
    expect(elapsedMs(state, 0, 120_000)).toBe(60_000);
    expect(elapsedMs(state, 1, 91_000)).toBe(30_000);
    state = toggleTimer(state, 91_000);
    expect(elapsedMs(state, 1, 500_000)).toBe(30_000);
    state = goToSection(state, 0, 500_000);
    expect(state.running).toBe(false);
    expect(elapsedMs(state, 0, 900_000)).toBe(60_000);
  });

  it("ignores moves outside the sections", () => {
    const state = initialTimer(2);
    expect(goToSection(state, 5, 0)).toBe(state);
    expect(goToSection(state, -1, 0)).toBe(state);
  });

  it("formats remaining time and overrun", () => {
    expect(formatCountdown(300)).toBe("5:00");
    expect(formatCountdown(4.2)).toBe("0:05");
    expect(formatCountdown(0)).toBe("0:00");
    expect(formatCountdown(-90)).toBe("+1:30");
    expect(formatCountdown(-0.5)).toBe("+0:01");
  });

  it("restores a saved clock only when it fits", () => {
    const saved = JSON.stringify(toggleTimer(initialTimer(5), 10));
    expect(parseTimer(saved, 5)?.running).toBe(true);
    expect(parseTimer(saved, 4)).toBeNull();
    expect(parseTimer("{not json", 5)).toBeNull();
    expect(parseTimer(null, 5)).toBeNull();
  });
});
