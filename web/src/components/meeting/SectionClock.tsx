import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { formatCountdown, formatElapsed } from "./sectionTimer.js";
import type { SectionTimer } from "./useSectionTimer.js";

/** The current section's countdown with play/pause, shared by both people; it turns amber, gently, once the time is up. */
export function SectionClock({ timer, index, minutes }: { timer: SectionTimer; index: number; minutes: number }) {
  const { t } = useI18n();
  if (minutes <= 0) return null;
  const remaining = timer.remaining(index, minutes);
  const over = remaining < 0;
  const label = over
    ? t("run.timerOver", { time: formatCountdown(remaining).slice(1) })
    : t("run.timerLeft", { time: formatCountdown(remaining) });
  return (
    <div className={`section-clock${over ? " section-clock-over" : ""}${timer.running ? "" : " section-clock-paused"}`}>
      <span className="section-clock-time" role="timer" aria-label={label}>
        {formatCountdown(remaining)}
      </span>
      <button
        type="button"
        className="icon-button icon-button-sm"
        onClick={timer.toggle}
        aria-label={timer.running ? t("run.pauseTimer") : t("run.startTimer")}
        aria-keyshortcuts="t"
      >
        <Icon name={timer.running ? "pause" : "play"} size={16} />
      </button>
    </div>
  );
}

/** The whole meeting's running time, since it started. */
export function MeetingClock({ seconds }: { seconds: number }) {
  const { t } = useI18n();
  const time = formatElapsed(seconds);
  return (
    <div className="meeting-clock">
      <span className="meeting-clock-label" aria-hidden="true">
        {t("run.meetingClockLabel")}
      </span>
      <span className="meeting-clock-time" role="timer" aria-label={t("run.meetingClock", { time })}>
        {time}
      </span>
    </div>
  );
}
