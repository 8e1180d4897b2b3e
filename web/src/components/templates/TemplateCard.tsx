import { useId, useState } from "react";
import type { Template } from "../../../../shared/schemas/templates.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { templateMinutes } from "./TemplateSelect.js";

type Props = {
  template: Template;
  canEdit: boolean;
  onDuplicate: () => void;
  onEdit: () => void;
  onArchive: (archived: boolean) => void;
};

/** A template at a glance, its sections on demand, and what the viewer may do with it. */
export function TemplateCard({ template, canEdit, onDuplicate, onEdit, onArchive }: Props) {
  const { t, tn } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const name = template.name;
  return (
    <li className={`template-card${template.archived ? " template-card-archived" : ""}`}>
      <div className="template-head">
        <div className="template-text">
          <h3 className="template-name">
            {name}
            {template.archived ? <span className="badge badge-neutral">{t("templates.archived")}</span> : null}
          </h3>
          <p className="template-meta">
            {tn("templates.sectionCount", template.sections.length)} ·{" "}
            {t("common.minutes", { count: templateMinutes(template) })}
          </p>
          <ol className="template-outline" aria-label={t("templates.outline", { name })}>
            {template.sections.map((s) => (
              <li key={s.key}>{s.title}</li>
            ))}
          </ol>
        </div>
        <div className="template-actions">
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen((v) => !v)}
          >
            <Icon name={open ? "chevron-down" : "eye"} size={16} />
            {open ? t("templates.hide") : t("templates.view")}
            <span className="visually-hidden"> {name}</span>
          </button>
          <button type="button" className="btn btn-ghost btn-sm" onClick={onDuplicate}>
            <Icon name="copy" size={16} />
            {t("templates.duplicate")}
            <span className="visually-hidden"> {name}</span>
          </button>
          {canEdit && !template.archived ? (
            <button type="button" className="btn btn-ghost btn-sm" onClick={onEdit}>
              <Icon name="pencil" size={16} />
              {t("common.edit")}
              <span className="visually-hidden"> {name}</span>
            </button>
          ) : null}
          {canEdit ? (
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => onArchive(!template.archived)}>
              <Icon name={template.archived ? "restore" : "archive"} size={16} />
              {template.archived ? t("templates.unarchive") : t("templates.archive")}
              <span className="visually-hidden"> {name}</span>
            </button>
          ) : null}
        </div>
      </div>
      {open ? (
        <ol className="template-sections" id={id}>
          {template.sections.map((section) => (
            <li key={section.key}>
              <p className="template-section-title">
                {section.title} <span className="muted">{t("common.minutes", { count: section.minutes })}</span>
              </p>
              {section.prompts.length > 0 ? (
                <ul className="prompts">
                  {section.prompts.map((prompt) => (
                    <li key={prompt}>{prompt}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  );
}
