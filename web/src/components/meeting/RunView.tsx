import { useEffect, useRef } from "react";
import { useI18n } from "../../i18n/I18nProvider.js";
import { SHARED_NOTES_ID, SharedNotes } from "../../live/SharedNotes.js";
import { Icon } from "../Icon.js";
import { addPointInputId } from "./AddPointForm.js";
import { FollowUps } from "./FollowUps.js";
import { useMeeting } from "./MeetingContext.js";
import { NEXT_STEP_INPUT_ID, NextSteps } from "./NextSteps.js";
import { PrivateNotePanel } from "./PrivateNotePanel.js";
import { SectionCard } from "./SectionCard.js";
import { SectionClock } from "./SectionClock.js";
import { shortcutFor } from "./shortcuts.js";
import type { SectionTimer } from "./useSectionTimer.js";

type Props = { timer: SectionTimer; onStart: () => void; onWrapUp: () => void; onHelp: () => void };

const reducedMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

/** During the meeting: every section with the current one highlighted and timed, and quick capture beside it. */
export function RunView({ timer, onStart, onWrapUp, onHelp }: Props) {
  const { t } = useI18n();
  const { detail, live, abilities } = useMeeting();
  const { sections } = detail;
  const current = sections[timer.current] ?? sections[0];
  const firstRender = useRef(true);

  const goTo = (index: number) => {
    if (index < 0 || index >= sections.length) return;
    timer.goTo(index);
  };

  // Bring the current section into view when it changes (not on the first paint).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document
      .getElementById(`section-${current?.key}`)
      ?.scrollIntoView({ behavior: reducedMotion() ? "auto" : "smooth", block: "start" });
  }, [current?.key]);

  const started = detail.meeting.startedAt !== null;
  const actionsRef = useRef({ goTo, onWrapUp, onHelp, timer, current, started });
  actionsRef.current = { goTo, onWrapUp, onHelp, timer, current, started };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector("dialog[open]")) return;
      const action = shortcutFor(event);
      if (!action) return;
      const a = actionsRef.current;
      event.preventDefault();
      if (action === "next") a.goTo(a.timer.current + 1);
      else if (action === "previous") a.goTo(a.timer.current - 1);
      else if (action === "addPoint" && a.current) document.getElementById(addPointInputId(a.current.key))?.focus();
      else if (action === "notes") document.getElementById(SHARED_NOTES_ID)?.focus();
      else if (action === "nextStep") document.getElementById(NEXT_STEP_INPUT_ID)?.focus();
      else if (action === "timer") a.timer.toggle();
      else if (action === "wrapUp" && a.started) a.onWrapUp();
      else if (action === "help") a.onHelp();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div className="meeting-layout">
      <div className="meeting-main">
        {detail.meeting.startedAt ? null : (
          <div className="callout callout-tip run-not-started">
            <Icon name="play" />
            <p>{t("run.notStarted")}</p>
            <button type="button" className="btn btn-primary btn-sm" onClick={onStart}>
              {t("meeting.start")}
            </button>
          </div>
        )}
        <div className="run-bar">
          <ol className="stepper" aria-label={t("run.sections")}>
            {sections.map((section, index) => {
              const over = timer.remaining(index, section.minutes) < 0 && section.minutes > 0;
              return (
                <li key={section.key}>
                  <button
                    type="button"
                    className={`step-chip${index === timer.current ? " step-chip-current" : ""}${over ? " step-chip-over" : ""}`}
                    aria-current={index === timer.current ? "step" : undefined}
                    aria-label={`${index + 1}. ${section.title}`}
                    title={section.title}
                    onClick={() => goTo(index)}
                  >
                    <span className="step-chip-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span className="step-chip-title">{section.title}</span>
                  </button>
                </li>
              );
            })}
          </ol>
          <div className="run-bar-tools">
            <button
              type="button"
              className="icon-button"
              onClick={() => goTo(timer.current - 1)}
              disabled={timer.current === 0}
              aria-label={t("run.previous")}
            >
              <Icon name="chevron-left" />
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={() => goTo(timer.current + 1)}
              disabled={timer.current >= sections.length - 1}
              aria-label={t("run.next")}
            >
              <Icon name="chevron" />
            </button>
            <button type="button" className="icon-button" onClick={onHelp} aria-label={t("shortcuts.title")}>
              <Icon name="keyboard" />
            </button>
          </div>
        </div>
        <p className="visually-hidden" aria-live="polite">
          {current ? t("run.now", { section: current.title }) : ""}
        </p>
        {sections.map((section, index) => (
          <SectionCard
            key={section.key}
            section={section}
            number={index + 1}
            mode="run"
            current={index === timer.current}
            compact={index !== timer.current}
            onSelect={() => goTo(index)}
            aside={
              index === timer.current ? <SectionClock timer={timer} index={index} minutes={section.minutes} /> : null
            }
          />
        ))}
      </div>
      <aside className="meeting-side" aria-label={t("run.capture")}>
        <div className="panel">
          <SharedNotes live={live} readOnly={!abilities.writeSharedNote} />
        </div>
        <NextSteps canAdd={abilities.addAction} />
        <FollowUps />
        <PrivateNotePanel placeholder={t("notes.privatePlaceholder")} rows={4} />
      </aside>
    </div>
  );
}
