import type { ReactNode } from "react";
import type { TemplateSection } from "../../../../shared/schemas/templates.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { GoalsBlock } from "../goals/GoalsBlock.js";
import { AddPointForm } from "./AddPointForm.js";
import { AgendaItemRow, type AgendaMode } from "./AgendaItemRow.js";
import { sectionItems } from "./agendaOrder.js";
import { CheckInBlock } from "./CheckInBlock.js";
import { FeedbackBlock } from "./FeedbackBlock.js";
import { useMeeting } from "./MeetingContext.js";

type Props = {
  section: TemplateSection;
  number: number;
  mode: AgendaMode;
  /** Run mode: the section being talked about now. */
  current?: boolean;
  /** Run mode: hide the prompts of sections that aren't current. */
  compact?: boolean;
  /** Extra content in the header (the timer of the current section). */
  aside?: ReactNode;
  onSelect?: () => void;
};

/** What a section of the default structure holds besides talking points: the check-in, feedback, goals. */
function SectionExtra({ sectionKey }: { sectionKey: string }) {
  if (sectionKey === "check_in") return <CheckInBlock />;
  if (sectionKey === "feedback") return <FeedbackBlock />;
  if (sectionKey === "development") return <GoalsBlock />;
  return null;
}

/** Sections whose extra block Prepare keeps folded with the prompts. */
const FOLDED_EXTRAS = new Set(["feedback", "development"]);

function Prompts({ prompts }: { prompts: string[] }) {
  const { t } = useI18n();
  return (
    <ul className="prompts" aria-label={t("agenda.promptsLabel")}>
      {prompts.map((prompt) => (
        <li key={prompt}>{prompt}</li>
      ))}
    </ul>
  );
}

/** A template section with its prompts and talking points (in Prepare, one part of the agenda, prompts folded). */
export function SectionCard({ section, number, mode, current = false, compact = false, aside, onSelect }: Props) {
  const { t, tn } = useI18n();
  const { detail, abilities, live, other } = useMeeting();
  const otherTyping = live?.others.some((p) => p.userId === other.id && p.typing === section.key) ?? false;
  const items = sectionItems(detail.agendaItems, section.key);
  const discussed = items.filter((i) => i.discussed).length;
  const titleId = `section-${section.key}-title`;
  // In Prepare the sections are parts of one agenda, under its heading.
  const Heading = mode === "prepare" ? "h3" : "h2";

  return (
    <section
      className={`${mode === "prepare" ? "agenda-section" : "section-card"}${current ? " section-card-current" : ""}${compact ? " section-card-compact" : ""}`}
      aria-labelledby={titleId}
      id={`section-${section.key}`}
      aria-current={current ? "step" : undefined}
      onInput={() => live?.typing(section.key)}
    >
      <header className="section-card-header">
        <span className="section-number" aria-hidden="true">
          {number}
        </span>
        <div className="section-card-heading">
          <Heading id={titleId}>
            {onSelect && !current ? (
              <button type="button" className="section-select" onClick={onSelect}>
                {section.title}
              </button>
            ) : (
              section.title
            )}
          </Heading>
          <p className="section-card-meta">
            {section.minutes > 0 ? t("common.minutes", { count: section.minutes }) : null}
            {mode !== "prepare" && items.length > 0 ? (
              <span>{t("agenda.discussedCount", { done: discussed, total: items.length })}</span>
            ) : items.length > 0 ? (
              <span>{tn("home.upNext.points", items.length)}</span>
            ) : null}
          </p>
        </div>
        {otherTyping ? (
          <span className="typing-indicator">
            <span className="typing-dots" aria-hidden="true">
              <span />
              <span />
              <span />
            </span>
            {t("live.presence.typing", { name: other.name.split(/\s+/)[0] ?? other.name })}
          </span>
        ) : null}
        {aside}
      </header>
      {compact ? null : mode === "prepare" ? (
        <>
          {/* Prepare folds the prompts, and the feedback and goals blocks, away; the check-in stays (the teammate fills it now). */}
          {section.key === "check_in" ? <SectionExtra sectionKey={section.key} /> : null}
          {section.prompts.length > 0 || FOLDED_EXTRAS.has(section.key) ? (
            <details className="prompts-fold">
              <summary>{FOLDED_EXTRAS.has(section.key) ? t("prepare.promptsAndMore") : t("prepare.prompts")}</summary>
              {section.prompts.length > 0 ? <Prompts prompts={section.prompts} /> : null}
              {FOLDED_EXTRAS.has(section.key) ? <SectionExtra sectionKey={section.key} /> : null}
            </details>
          ) : null}
        </>
      ) : (
        <>
          {section.prompts.length > 0 ? <Prompts prompts={section.prompts} /> : null}
          <SectionExtra sectionKey={section.key} />
        </>
      )}
      {items.length > 0 ? (
        <ul className="points" aria-label={t("agenda.pointsIn", { section: section.title })}>
          {items.map((item, index) => (
            <AgendaItemRow
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              mode={mode}
              sections={detail.sections}
            />
          ))}
        </ul>
      ) : mode === "record" || !abilities.addAgendaItem ? (
        <p className="points-empty">{t("agenda.noneRecorded")}</p>
      ) : compact || mode === "prepare" ? null : (
        <p className="points-empty">{t("agenda.empty")}</p>
      )}
      {abilities.addAgendaItem && mode === "run" ? (
        <AddPointForm sectionKey={section.key} sectionTitle={section.title} />
      ) : null}
    </section>
  );
}
