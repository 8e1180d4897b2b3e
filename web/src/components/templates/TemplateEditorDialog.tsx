import { type FormEvent, useEffect, useState } from "react";
import type { Template, TemplateScope } from "../../../../shared/schemas/templates.js";
import { createTemplate, updateTemplate } from "../../api/templates.js";
import { useFormSubmit } from "../../hooks/useFormSubmit.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Dialog } from "../Dialog.js";
import { FormError, SubmitButton, TextField } from "../Field.js";
import { Icon } from "../Icon.js";
import { useToast } from "../Toasts.js";
import { SectionEditor } from "./SectionEditor.js";
import {
  type DraftErrors,
  emptySection,
  fromDraft,
  MAX_SECTIONS,
  moveSection,
  type TemplateDraft,
  toDraft,
  validateDraft,
} from "./templateDraft.js";

/** What the editor is doing: a new template (blank or a copy), or changing one. */
export type EditorTarget =
  | { mode: "create"; name: string; sections: Template["sections"] }
  | { mode: "edit"; template: Template };

type Props = {
  target: EditorTarget | null;
  orgId: string;
  isAdmin: boolean;
  onClose: () => void;
  onSaved: (template: Template) => void;
};

/** Creates or edits a template: its name, where it lives, and its sections. */
export function TemplateEditorDialog({ target, orgId, isAdmin, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const [draft, setDraft] = useState<TemplateDraft>({ name: "", sections: [] });
  const [scope, setScope] = useState<Exclude<TemplateScope, "system">>("personal");
  const [errors, setErrors] = useState<DraftErrors | null>(null);
  const { busy, formError, setFormError, send } = useFormSubmit();

  useEffect(() => {
    if (!target) return;
    setDraft(
      target.mode === "edit"
        ? toDraft(target.template.name, target.template.sections)
        : toDraft(target.name, target.sections.length > 0 ? target.sections : []),
    );
    if (target.mode === "create" && target.sections.length === 0)
      setDraft((d) => ({ ...d, sections: [emptySection()] }));
    setScope("personal");
    setErrors(null);
    setFormError(null);
  }, [target, setFormError]);

  const setSections = (update: (sections: TemplateDraft["sections"]) => TemplateDraft["sections"]) =>
    setDraft((d) => ({ ...d, sections: update(d.sections) }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !target) return;
    const found = validateDraft(draft);
    setErrors(found);
    if (found) {
      setFormError(t("templates.editor.fixErrors"));
      return;
    }
    setFormError(null);
    await send(async () => {
      const body = { name: draft.name.trim(), sections: fromDraft(draft) };
      const { template } =
        target.mode === "edit"
          ? await updateTemplate(target.template.id, body)
          : await createTemplate(orgId, { ...body, scope });
      toast.success(
        t(target.mode === "edit" ? "templates.toast.saved" : "templates.toast.created", { name: template.name }),
      );
      onSaved(template);
      onClose();
    });
  };

  const minutes = draft.sections.reduce((sum, s) => sum + (Number(s.minutes) || 0), 0);
  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      size="large"
      title={target?.mode === "edit" ? t("templates.editor.editTitle") : t("templates.editor.newTitle")}
      description={<p>{t("templates.editor.lead")}</p>}
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          label={t("templates.editor.name")}
          value={draft.name}
          maxLength={120}
          onChange={(event) => setDraft((d) => ({ ...d, name: event.target.value }))}
          error={errors?.name ? t("templates.editor.nameRequired") : null}
        />
        {target?.mode === "create" && isAdmin ? (
          <fieldset className="field choice-group">
            <legend className="field-label">{t("templates.editor.scope")}</legend>
            <div className="choice-cards choice-cards-2">
              {(["personal", "organization"] as const).map((value) => (
                <label key={value} className="choice-card">
                  <input type="radio" name="scope" checked={scope === value} onChange={() => setScope(value)} />
                  <span className="choice-title">{t(`templates.scope.${value}`)}</span>
                  <span className="choice-hint">{t(`templates.scopeHint.${value}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        <div className="section-editor-head">
          <h3>{t("templates.editor.sections")}</h3>
          <p className="muted">{t("templates.editor.total", { minutes })}</p>
        </div>
        {errors?.sections ? <p className="field-error">{t("templates.editor.sectionsRequired")}</p> : null}
        {draft.sections.map((section, index) => (
          <SectionEditor
            key={section.uid}
            section={section}
            number={index + 1}
            count={draft.sections.length}
            errors={errors?.section[section.uid]}
            onChange={(next) => setSections((list) => list.map((s) => (s.uid === next.uid ? next : s)))}
            onMove={(by) => setSections((list) => moveSection(list, section.uid, by))}
            onRemove={() => setSections((list) => list.filter((s) => s.uid !== section.uid))}
          />
        ))}
        {draft.sections.length < MAX_SECTIONS ? (
          <button
            type="button"
            className="btn btn-secondary btn-sm add-section"
            onClick={() => setSections((list) => [...list, emptySection()])}
          >
            <Icon name="plus" size={16} />
            {t("templates.editor.addSection")}
          </button>
        ) : null}
        <FormError message={formError} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <SubmitButton busy={busy}>
            {target?.mode === "edit" ? t("common.saveChanges") : t("templates.editor.create")}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
