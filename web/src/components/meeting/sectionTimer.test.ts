import { describe, expect, it } from "vitest";
import { moveSectionClock, type SectionClockState, sectionElapsedMs } from "../../../../shared/section-clock.js";
import { formatCountdown, formatElapsed } from "./sectionTimer.js";

const at = (ms: number) => new Date(ms).toISOString();

describe("section clock", () => {
  it("counts from the section's start, frozen while paused, and carries on after a resume", () => {
    let state: SectionClockState = { key: "a", startedAt: at(1_000), pausedAt: null };
    expect(sectionElapsedMs(state, 61_000)).toBe(60_000);
    state = moveSectionClock(state, "a", false, at(61_000));
    expect(sectionElapsedMs(state, 500_000)).toBe(60_000);
    state = moveSectionClock(state, "a", true, at(500_000));
    expect(sectionElapsedMs(state, 530_000)).toBe(90_000);
  });

  it("starts a new section at zero, running or paused as before", () => {
    const running = moveSectionClock({ key: "a", startedAt: at(0), pausedAt: null }, "b", undefined, at(9_000));
    expect(running).toEqual({ key: "b", startedAt: at(9_000), pausedAt: null });
    const paused = moveSectionClock({ key: "a", startedAt: at(0), pausedAt: at(5_000) }, "b", undefined, at(9_000));
    expect(sectionElapsedMs(paused, 60_000)).toBe(0);
  });

  it("formats remaining time and overrun", () => {
    expect(formatCountdown(300)).toBe("5:00");
    expect(formatCountdown(4.2)).toBe("0:05");
    expect(formatCountdown(0)).toBe("0:00");
    expect(formatCountdown(-90)).toBe("+1:30");
    expect(formatCountdown(-0.5)).toBe("+0:01");
  });

  it("formats the meeting's running total", () => {
    expect(formatElapsed(725)).toBe("12:05");
    expect(formatElapsed(3725)).toBe("1:02:05");
    expect(formatElapsed(-3)).toBe("0:00");
  });
});
