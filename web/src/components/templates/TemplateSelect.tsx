import type { Template } from "../../../../shared/schemas/templates.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { SelectField } from "../Field.js";

/** Total minutes of a template's sections. */
export function templateMinutes(template: Pick<Template, "sections">): number {
  return template.sections.reduce((sum, s) => sum + s.minutes, 0);
}

type Props = { templates: Template[]; value: string; onChange: (id: string) => void };

/** Picks a template, grouped by where it comes from, and says what it holds. */
export function TemplateSelect({ templates, value, onChange }: Props) {
  const { t, tn } = useI18n();
  const usable = templates.filter((tpl) => !tpl.archived);
  const groups = [
    { label: t("templates.group.system"), items: usable.filter((tpl) => tpl.scope === "system") },
    { label: t("templates.group.organization"), items: usable.filter((tpl) => tpl.scope === "organization") },
    { label: t("templates.group.personal"), items: usable.filter((tpl) => tpl.scope === "personal") },
  ].filter((group) => group.items.length > 0);
  const chosen = usable.find((tpl) => tpl.id === value);
  return (
    <SelectField
      label={t("fields.template")}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      hint={
        chosen
          ? `${tn("templates.sectionCount", chosen.sections.length)} · ${t("common.minutes", { count: templateMinutes(chosen) })}: ${chosen.sections.map((s) => s.title).join(", ")}`
          : undefined
      }
    >
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.items.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
