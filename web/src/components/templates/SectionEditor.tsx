import { useI18n } from "../../i18n/I18nProvider.js";
import { TextAreaField, TextField } from "../Field.js";
import { SmallIconButton } from "../SmallIconButton.js";
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
        <SmallIconButton
          icon="arrow-up"
          label={t("templates.editor.moveUp", { name })}
          disabled={number === 1}
          onClick={() => onMove(-1)}
        />
        <SmallIconButton
          icon="arrow-down"
          label={t("templates.editor.moveDown", { name })}
          disabled={number === count}
          onClick={() => onMove(1)}
        />
        <SmallIconButton
          icon="trash"
          label={t("templates.editor.remove", { name })}
          disabled={count === 1}
          onClick={onRemove}
        />
      </div>
      <div className="section-editor-row">
        <TextField
          label={t("fields.title")}
          className="input input-compact"
          value={section.title}
          maxLength={120}
          error={errorText.title}
          onChange={(event) => onChange({ ...section, title: event.target.value })}
        />
        <TextField
          label={t("templates.editor.minutes")}
          className="input input-compact"
          type="number"
          inputMode="numeric"
          min={0}
          max={180}
          value={section.minutes}
          error={errorText.minutes}
          onChange={(event) => onChange({ ...section, minutes: event.target.value })}
        />
      </div>
      <TextAreaField
        label={t("templates.editor.prompts")}
        optional={t("common.optional")}
        rows={3}
        value={section.prompts}
        hint={t("templates.editor.promptsHint")}
        error={errorText.prompts}
        onChange={(event) => onChange({ ...section, prompts: event.target.value })}
      />
    </fieldset>
  );
}
