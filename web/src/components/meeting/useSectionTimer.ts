import { useCallback, useEffect, useState } from "react";
import { elapsedMs, goToSection, initialTimer, parseTimer, type TimerState, toggleTimer } from "./sectionTimer.js";

const storageKey = (meetingId: string) => `rapport.timer.${meetingId}`;

function load(meetingId: string, sections: number): TimerState {
  try {
    return parseTimer(sessionStorage.getItem(storageKey(meetingId)), sections) ?? initialTimer(sections);
  } catch {
    return initialTimer(sections);
  }
}

export type SectionTimer = {
  current: number;
  running: boolean;
  /** Seconds left in a section (negative once over). */
  remaining: (index: number, minutes: number) => number;
  goTo: (index: number) => void;
  toggle: () => void;
  start: () => void;
};

/** The run-mode clock; survives a reload of the tab. */
export function useSectionTimer(meetingId: string, sections: number): SectionTimer {
  const [state, setState] = useState<TimerState>(() => load(meetingId, sections));
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey(meetingId), JSON.stringify(state));
    } catch {
      // Storage blocked: the clock still works until the tab closes.
    }
  }, [meetingId, state]);

  useEffect(() => {
    if (!state.running) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [state.running]);

  const remaining = useCallback(
    (index: number, minutes: number) => minutes * 60 - elapsedMs(state, index, Math.max(now, state.since ?? 0)) / 1000,
    [state, now],
  );
  const goTo = useCallback((index: number) => {
    const at = Date.now();
    setNow(at);
    setState((s) => goToSection(s, index, at));
  }, []);
  const toggle = useCallback(() => {
    const at = Date.now();
    setNow(at);
    setState((s) => toggleTimer(s, at));
  }, []);
  const start = useCallback(() => {
    const at = Date.now();
    setNow(at);
    setState((s) => (s.running ? s : toggleTimer(s, at)));
  }, []);

  return { current: state.current, running: state.running, remaining, goTo, toggle, start };
}
