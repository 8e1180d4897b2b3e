/** The per-section clock of a running meeting; time is banked when sections change or the clock pauses. */
export type TimerState = {
  current: number;
  running: boolean;
  /** When the running stretch began (ms since epoch), while running. */
  since: number | null;
  /** Milliseconds already spent in each section, not counting the running stretch. */
  spent: number[];
};

/** A paused clock at the first section. */
export function initialTimer(sections: number): TimerState {
  return { current: 0, running: false, since: null, spent: Array.from({ length: sections }, () => 0) };
}

/** Time spent in a section so far, in milliseconds. */
export function elapsedMs(state: TimerState, index: number, now: number): number {
  const running = state.running && index === state.current && state.since !== null ? now - state.since : 0;
  return (state.spent[index] ?? 0) + Math.max(0, running);
}

function bank(state: TimerState, now: number): number[] {
  const spent = [...state.spent];
  spent[state.current] = elapsedMs(state, state.current, now);
  return spent;
}

/** Moves to another section; the clock keeps running (or stays paused). */
export function goToSection(state: TimerState, index: number, now: number): TimerState {
  if (index === state.current || index < 0 || index >= state.spent.length) return state;
  return { ...state, spent: bank(state, now), current: index, since: state.running ? now : null };
}

/** Starts or pauses the clock. */
export function toggleTimer(state: TimerState, now: number): TimerState {
  return state.running
    ? { ...state, spent: bank(state, now), running: false, since: null }
    : { ...state, running: true, since: now };
}

/** "4:05" while time remains, "+1:30" once over. */
export function formatCountdown(remainingSeconds: number): string {
  const over = remainingSeconds < 0;
  const total = Math.abs(over ? Math.floor(remainingSeconds) : Math.ceil(remainingSeconds));
  const clock = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
  return over ? `+${clock}` : clock;
}

/** Restores a saved clock if it fits the meeting's sections. */
export function parseTimer(raw: string | null, sections: number): TimerState | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as TimerState;
    if (!Array.isArray(value.spent) || value.spent.length !== sections) return null;
    if (typeof value.current !== "number" || value.current < 0 || value.current >= sections) return null;
    return { ...value, since: value.running ? value.since : null };
  } catch {
    return null;
  }
}
