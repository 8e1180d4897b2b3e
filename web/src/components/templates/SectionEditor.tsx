import { useId } from "react";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import type { DraftErrors, SectionDraft } from "./templateDraft.js";

type Props = {
  section: SectionDraft;
  number: number;
  count: number;
  errors?: DraftErrors["section"][string];
  onChange: (section: SectionDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One section of a template: title, minutes and prompts, with reorder and remove. */
export function SectionEditor({ section, number, count, errors, onChange, onMove, onRemove }: Props) {
  const { t } = useI18n();
  const id = useId();
  const name = section.title.trim() || t("templates.editor.untitled", { number });
  const errorText = {
    title: errors?.title ? t("templates.editor.titleRequired") : null,
    minutes: errors?.minutes ? t("templates.editor.minutesRange") : null,
    prompts:
      errors?.prompts === "tooMany"
        ? t("templates.editor.promptsTooMany")
        : errors?.prompts === "tooLong"
          ? t("templates.editor.promptTooLong")
          : null,
  };
  return (
    <fieldset className="section-editor">
      <legend className="section-editor-legend">
        <span className="section-number" aria-hidden="true">
          {number}
        </span>
        <span className="visually-hidden">{t("templates.editor.sectionLegend", { number })}</span>
      </legend>
      <div className="section-editor-tools">
        <button
          type="button"
          className="icon-button icon-button-sm"
          disabled={number === 1}
          onClick={() => onMove(-1)}
          aria-label={t("templates.editor.moveUp", { name })}
        >
          <Icon name="arrow-up" size={16} />
        </button>
        <button
          type="button"
          className="icon-button icon-button-sm"
          disabled={number === count}
          onClick={() => onMove(1)}
          aria-label={t("templates.editor.moveDown", { name })}
        >
          <Icon name="arrow-down" size={16} />
        </button>
        <button
          type="button"
          className="icon-button icon-button-sm"
          disabled={count === 1}
          onClick={onRemove}
          aria-label={t("templates.editor.remove", { name })}
        >
          <Icon name="trash" size={16} />
        </button>
      </div>
      <div className="section-editor-row">
        <div className="field">
          <label htmlFor={`${id}-title`}>{t("fields.title")}</label>
          <input
            id={`${id}-title`}
            className="input input-compact"
            value={section.title}
            maxLength={120}
            aria-invalid={errorText.title ? true : undefined}
            aria-describedby={errorText.title ? `${id}-title-error` : undefined}
            onChange={(event) => onChange({ ...section, title: event.target.value })}
          />
          {errorText.title ? (
            <p id={`${id}-title-error`} className="field-error">
              {errorText.title}
            </p>
          ) : null}
        </div>
        <div className="field section-editor-minutes">
          <label htmlFor={`${id}-minutes`}>{t("templates.editor.minutes")}</label>
          <input
            id={`${id}-minutes`}
            className="input input-compact"
            type="number"
            inputMode="numeric"
            min={0}
            max={180}
            value={section.minutes}
            aria-invalid={errorText.minutes ? true : undefined}
            aria-describedby={errorText.minutes ? `${id}-minutes-error` : undefined}
            onChange={(event) => onChange({ ...section, minutes: event.target.value })}
          />
          {errorText.minutes ? (
            <p id={`${id}-minutes-error`} className="field-error">
              {errorText.minutes}
            </p>
          ) : null}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-prompts`}>
          {t("templates.editor.prompts")} <span className="field-optional">{t("common.optional")}</span>
        </label>
        <textarea
          id={`${id}-prompts`}
          className="input textarea"
          rows={3}
          value={section.prompts}
          aria-invalid={errorText.prompts ? true : undefined}
          aria-describedby={`${id}-prompts-hint${errorText.prompts ? ` ${id}-prompts-error` : ""}`}
          onChange={(event) => onChange({ ...section, prompts: event.target.value })}
        />
        <p id={`${id}-prompts-hint`} className="field-hint">
          {t("templates.editor.promptsHint")}
        </p>
        {errorText.prompts ? (
          <p id={`${id}-prompts-error`} className="field-error">
            {errorText.prompts}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
