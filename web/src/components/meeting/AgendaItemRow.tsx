import { type FormEvent, type KeyboardEvent, useId, useState } from "react";
import { Link } from "wouter";
import type { AgendaItem } from "../../../../shared/schemas/meetings.js";
import type { TemplateSection } from "../../../../shared/schemas/templates.js";
import { formatPlainDate } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { utcToZoned } from "../../time/zonedTime.js";
import { Icon } from "../Icon.js";
import { useMeeting } from "./MeetingContext.js";
import { isPending } from "./useMeetingOps.js";

export type AgendaMode = "prepare" | "run" | "record";

type Props = { item: AgendaItem; index: number; count: number; mode: AgendaMode; sections: TemplateSection[] };

/** After the list re-renders, focuses the first of these controls that can take focus. */
const focusLater = (...ids: string[]) =>
  requestAnimationFrame(() => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        return;
      }
    }
  });

/** One talking point: tick, wording, where it came from, and — while I may change it — reorder, move, edit. */
export function AgendaItemRow({ item, index, count, mode, sections }: Props) {
  const { t, locale, timeZone } = useI18n();
  const { meId, labelOf, abilities, ops } = useMeeting();
  const panelId = useId();
  const [expanded, setExpanded] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(item.body);
  const mine = item.authorId === meId;
  const pending = isPending(item.id);
  const canChange = abilities.editAgendaItem && !pending;
  const base = `point-${item.id}`;

  const move = (position: number, control: "up" | "down") => {
    if (position < 0 || position >= count) return;
    ops.movePoint(item, { position });
    // At the top or bottom its own arrow is disabled: keep focus on the point anyway.
    focusLater(`${base}-${control}`, `${base}-${control === "up" ? "down" : "up"}`, `${base}-more`);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!canChange || !event.altKey || editing) return;
    if (event.key === "ArrowUp") {
      event.preventDefault();
      move(index - 1, "up");
    } else if (event.key === "ArrowDown") {
      event.preventDefault();
      move(index + 1, "down");
    }
  };

  const saveEdit = async (event: FormEvent) => {
    event.preventDefault();
    const body = draft.trim();
    if (!body || body === item.body) {
      setEditing(false);
      return;
    }
    setEditing(false);
    const ok = await ops.editPoint(item, body);
    if (!ok) {
      setDraft(body);
      setEditing(true);
    }
  };

  const checkId = `${base}-check`;
  const carriedDate = item.carriedFrom
    ? formatPlainDate(utcToZoned(item.carriedFrom.scheduledAt, timeZone).date, locale)
    : "";

  return (
    // Alt+arrows reorder while focus is on one of the point's controls.
    <li
      className={`point${item.discussed ? " point-discussed" : ""}${pending ? " point-pending" : ""}`}
      onKeyDown={onKeyDown}
    >
      <div className="point-main">
        {mode === "prepare" ? (
          <span className="point-bullet" aria-hidden="true" />
        ) : (
          <input
            id={checkId}
            type="checkbox"
            className="check"
            checked={item.discussed}
            disabled={pending || !abilities.tickAgendaItem}
            onChange={(event) => ops.setDiscussed(item, event.target.checked)}
            aria-describedby={`${base}-meta`}
          />
        )}
        <div className="point-text">
          {editing ? (
            <form className="point-edit" onSubmit={saveEdit}>
              <label htmlFor={`${base}-edit`} className="visually-hidden">
                {t("agenda.editLabel")}
              </label>
              <input
                id={`${base}-edit`}
                className="input input-compact"
                value={draft}
                maxLength={2000}
                // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this point.
                autoFocus
                onChange={(event) => setDraft(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === "Escape") {
                    event.preventDefault();
                    setDraft(item.body);
                    setEditing(false);
                    focusLater(`${base}-more`);
                  }
                }}
              />
              <button type="submit" className="btn btn-primary btn-sm">
                {t("common.save")}
              </button>
            </form>
          ) : mode === "prepare" ? (
            <p className="point-body">{item.body}</p>
          ) : (
            <label htmlFor={checkId} className="point-body">
              {item.body}
            </label>
          )}
          <p className="point-meta" id={`${base}-meta`}>
            <span>{labelOf(item.authorId)}</span>
            {item.standingItemId ? (
              <span className="badge badge-accent">
                <Icon name="pin" size={12} />
                {t("agenda.standing")}
              </span>
            ) : null}
            {item.carriedFrom ? (
              <Link href={`/meetings/${item.carriedFrom.meetingId}`} className="badge badge-neutral badge-link">
                <Icon name="carried" size={12} />
                {t("agenda.carriedFrom", { date: carriedDate })}
              </Link>
            ) : null}
            {mode === "record" && !item.discussed ? <span>{t("agenda.notDiscussed")}</span> : null}
          </p>
        </div>
        {canChange && !editing ? (
          <div className="point-controls">
            <button
              type="button"
              id={`${base}-up`}
              className="icon-button icon-button-sm"
              disabled={index === 0}
              onClick={() => move(index - 1, "up")}
              aria-label={t("agenda.moveUp", { point: item.body })}
            >
              <Icon name="arrow-up" size={16} />
            </button>
            <button
              type="button"
              id={`${base}-down`}
              className="icon-button icon-button-sm"
              disabled={index === count - 1}
              onClick={() => move(index + 1, "down")}
              aria-label={t("agenda.moveDown", { point: item.body })}
            >
              <Icon name="arrow-down" size={16} />
            </button>
            <button
              type="button"
              id={`${base}-more`}
              className="icon-button icon-button-sm"
              aria-expanded={expanded}
              aria-controls={panelId}
              onClick={() => setExpanded((v) => !v)}
              aria-label={t("agenda.more", { point: item.body })}
            >
              <Icon name="dots" size={18} />
            </button>
          </div>
        ) : null}
      </div>
      {canChange && expanded && !editing ? (
        <div className="point-panel" id={panelId}>
          <label className="point-move">
            <span>{t("agenda.moveTo")}</span>
            <select
              className="input select input-compact"
              value={item.sectionKey}
              onChange={(event) => {
                ops.movePoint(item, { sectionKey: event.target.value });
                setExpanded(false);
                focusLater(`${base}-more`);
              }}
            >
              {sections.map((section) => (
                <option key={section.key} value={section.key}>
                  {section.title}
                </option>
              ))}
            </select>
          </label>
          {mine ? (
            <>
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                onClick={() => {
                  setDraft(item.body);
                  setEditing(true);
                  setExpanded(false);
                }}
              >
                <Icon name="pencil" size={16} />
                {t("common.edit")}
              </button>
              <button type="button" className="btn btn-ghost-danger btn-sm" onClick={() => ops.deletePoint(item)}>
                <Icon name="trash" size={16} />
                {t("common.delete")}
              </button>
            </>
          ) : (
            <p className="point-panel-note">{t("agenda.onlyAuthor", { name: labelOf(item.authorId) })}</p>
          )}
        </div>
      ) : null}
    </li>
  );
}
