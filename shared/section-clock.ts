/**
 * The shared section clock of a running meeting, on both sides: the server stores it, the
 * page shows it and moves it at once while the server confirms. Kept free of zod.
 */
export type SectionClockState = { key: string; startedAt: string; pausedAt: string | null };

/** Milliseconds spent in the section so far (frozen while paused). */
export function sectionElapsedMs(state: SectionClockState, now: number): number {
  const until = state.pausedAt ? Date.parse(state.pausedAt) : now;
  return Math.max(0, until - Date.parse(state.startedAt));
}

/**
 * The clock after a move to `key` (running as asked, else as it was): a new section starts
 * now; the same section pauses or resumes, keeping the time already spent.
 */
export function moveSectionClock(
  state: SectionClockState,
  key: string,
  running: boolean | undefined,
  now: string,
): SectionClockState {
  const wasRunning = state.pausedAt === null;
  const run = running ?? wasRunning;
  if (key !== state.key) return { key, startedAt: now, pausedAt: run ? null : now };
  if (run === wasRunning) return state;
  if (!run) return { ...state, pausedAt: now };
  // Resuming: the start moves forward by the pause, so the elapsed time carries on where it stopped.
  const paused = Date.parse(now) - Date.parse(state.pausedAt ?? now);
  return { key, startedAt: new Date(Date.parse(state.startedAt) + paused).toISOString(), pausedAt: null };
}
