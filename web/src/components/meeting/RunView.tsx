import { useEffect, useRef } from "react";
import { useI18n } from "../../i18n/I18nProvider.js";
import { SHARED_NOTES_ID, SharedNotes } from "../../live/SharedNotes.js";
import { Icon } from "../Icon.js";
import { addPointInputId } from "./AddPointForm.js";
import { sectionItems } from "./agendaOrder.js";
import { FollowUps } from "./FollowUps.js";
import { useMeeting } from "./MeetingContext.js";
import { NEXT_STEP_INPUT_ID, NextSteps } from "./NextSteps.js";
import { PrivateNotePanel } from "./PrivateNotePanel.js";
import { SectionCard } from "./SectionCard.js";
import { MeetingClock, SectionClock } from "./SectionClock.js";
import { shortcutFor } from "./shortcuts.js";
import type { SectionTimer } from "./useSectionTimer.js";

type Props = { timer: SectionTimer; onStart: () => void; onWrapUp: () => void; onHelp: () => void };

/**
 * During the meeting: the section both people are on, large, with its clock and the meeting's;
 * the shared notes as the main writing surface; the other sections collapsed beside them.
 */
export function RunView({ timer, onStart, onWrapUp, onHelp }: Props) {
  const { t } = useI18n();
  const { detail, live, abilities } = useMeeting();
  const { sections } = detail;
  const current = sections[timer.current] ?? sections[0];
  const started = detail.meeting.startedAt !== null;

  const goTo = (index: number) => {
    if (index < 0 || index >= sections.length) return;
    timer.goTo(index);
  };

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
    <div className="meeting-layout run-layout">
      <div className="meeting-main">
        {started ? null : (
          <div className="callout callout-tip run-not-started">
            <Icon name="play" />
            <p>{t("run.notStarted")}</p>
            {abilities.start ? (
              <button type="button" className="btn btn-primary btn-sm" onClick={onStart}>
                {t("meeting.start")}
              </button>
            ) : null}
          </div>
        )}
        <div className="run-bar">
          <p className="run-bar-where">
            {t("run.sectionOf", { number: timer.current + 1, total: sections.length })}
            {timer.shared ? <span className="run-bar-hint">{t("run.sharedHint")}</span> : null}
          </p>
          <div className="run-bar-clocks">
            {current && timer.shared ? (
              <SectionClock timer={timer} index={timer.current} minutes={current.minutes} />
            ) : null}
            {started ? <MeetingClock seconds={timer.meetingSeconds} /> : null}
          </div>
          <div className="run-bar-tools">
            <button
              type="button"
              className="icon-button"
              onClick={() => goTo(timer.current - 1)}
              disabled={timer.current === 0}
              aria-label={t("run.previous")}
              aria-keyshortcuts="p"
            >
              <Icon name="chevron-left" />
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={() => goTo(timer.current + 1)}
              disabled={timer.current >= sections.length - 1}
              aria-label={t("run.next")}
              aria-keyshortcuts="n"
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
        {current ? (
          <SectionCard key={current.key} section={current} number={timer.current + 1} mode="run" current />
        ) : null}
        <div className="panel run-notes">
          <SharedNotes live={live} readOnly={!abilities.writeSharedNote} />
        </div>
      </div>
      <aside className="meeting-side" aria-label={t("run.capture")}>
        <SectionNav timer={timer} onSelect={goTo} />
        <NextSteps canAdd={abilities.addAction} />
        <FollowUps />
        <PrivateNotePanel placeholder={t("notes.privatePlaceholder")} rows={4} />
      </aside>
    </div>
  );
}

/** Every section, collapsed to its title and count: the current one marked, the others a click away. */
function SectionNav({ timer, onSelect }: { timer: SectionTimer; onSelect: (index: number) => void }) {
  const { t } = useI18n();
  const { detail } = useMeeting();
  return (
    <nav className="panel section-nav" aria-label={t("run.sections")}>
      <h2 className="section-nav-title">{t("run.otherSections")}</h2>
      <ol className="section-nav-list">
        {detail.sections.map((section, index) => {
          const items = sectionItems(detail.agendaItems, section.key);
          const done = items.filter((i) => i.discussed).length;
          const here = index === timer.current;
          return (
            <li key={section.key}>
              <button
                type="button"
                className={`section-nav-item${here ? " section-nav-current" : ""}`}
                aria-current={here ? "step" : undefined}
                onClick={() => onSelect(index)}
              >
                <span className="section-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="section-nav-name">{section.title}</span>
                {items.length > 0 ? (
                  <span className="section-nav-count">{t("agenda.discussedCount", { done, total: items.length })}</span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
