import { useCallback, useEffect, useMemo, useState } from "react";
import type { MeetingDetail } from "../../../../shared/schemas/meetings.js";
import { moveSectionClock, type SectionClockState, sectionElapsedMs } from "../../../../shared/section-clock.js";
import { moveSection } from "../../api/meetings.js";

export type SectionTimer = {
  current: number;
  running: boolean;
  /** The meeting runs: the section and its clock are shared with the other person. */
  shared: boolean;
  /** Seconds left in a section (negative once over); a section not current shows its full time. */
  remaining: (index: number, minutes: number) => number;
  /** Seconds since the meeting started (0 before). */
  meetingSeconds: number;
  goTo: (index: number) => void;
  toggle: () => void;
};

/**
 * The section both people are on and its clock, stored on the meeting: a move shows at once
 * and is sent to the server, which tells the other page; reopening the page resumes it.
 * Before the meeting starts, sections can be browsed here alone, with no clock.
 */
export function useSectionTimer(detail: MeetingDetail, onFailed: () => void): SectionTimer {
  const { sections, section: stored } = detail;
  const meetingId = detail.meeting.id;
  const startedAt = detail.meeting.startedAt;
  // A move of mine not yet in the loaded meeting; dropped when the meeting loads again.
  const [mine, setMine] = useState<SectionClockState | null>(null);
  const [browsing, setBrowsing] = useState(0);
  // The device's clock may be off: both pages count on the server's time.
  const skew = useMemo(() => Date.parse(detail.serverNow) - Date.now(), [detail.serverNow]);
  const serverNow = useCallback(() => Date.now() + skew, [skew]);
  const [now, setNow] = useState(() => Date.parse(detail.serverNow));
  // biome-ignore lint/correctness/useExhaustiveDependencies: a newly loaded meeting is the trigger to drop my pending move.
  useEffect(() => setMine(null), [stored]);

  const state = mine ?? stored;
  const running = state !== null && state.pausedAt === null;
  useEffect(() => {
    if (!startedAt) return;
    const id = window.setInterval(() => setNow(serverNow()), 1000);
    return () => window.clearInterval(id);
  }, [startedAt, serverNow]);

  const found = state ? sections.findIndex((s) => s.key === state.key) : -1;
  const current = state ? Math.max(0, found) : Math.min(browsing, Math.max(0, sections.length - 1));

  const send = useCallback(
    (key: string, run?: boolean) => {
      if (!state) return;
      const at = serverNow();
      setNow(at);
      setMine(moveSectionClock(state, key, run, new Date(at).toISOString()));
      moveSection(meetingId, { sectionKey: key, ...(run === undefined ? {} : { running: run }) }).then(
        (res) => setMine(res.section),
        () => {
          setMine(null);
          onFailed();
        },
      );
    },
    [state, meetingId, onFailed, serverNow],
  );

  const goTo = useCallback(
    (index: number) => {
      const key = sections[index]?.key;
      if (!key || index === current) return;
      if (state) send(key);
      else setBrowsing(index);
    },
    [sections, current, state, send],
  );
  const toggle = useCallback(() => {
    if (state) send(state.key, !running);
  }, [state, running, send]);

  const remaining = useCallback(
    (index: number, minutes: number) =>
      state && index === current ? minutes * 60 - sectionElapsedMs(state, now) / 1000 : minutes * 60,
    [state, current, now],
  );
  const meetingSeconds = startedAt ? Math.max(0, (now - Date.parse(startedAt)) / 1000) : 0;

  return { current, running, shared: state !== null, remaining, meetingSeconds, goTo, toggle };
}
