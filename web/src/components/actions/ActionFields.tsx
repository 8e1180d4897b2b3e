import { useId } from "react";
import type { PersonRef } from "../../../../shared/schemas/one-on-ones.js";
import { useI18n } from "../../i18n/I18nProvider.js";

export type ActionDraft = { title: string; ownerId: string; dueDate: string };

type Props = {
  value: ActionDraft;
  onChange: (value: ActionDraft) => void;
  people: PersonRef[];
  meId: string;
  /** Id for the title input, so a shortcut can focus it. */
  titleId?: string;
  titleError?: string | null;
};

/** Title, owner (one of the two people) and an optional due date. */
export function ActionFields({ value, onChange, people, meId, titleId, titleError }: Props) {
  const { t } = useI18n();
  const fallbackId = useId();
  const id = titleId ?? fallbackId;
  return (
    <div className="action-fields">
      <div className="field action-field-title">
        <label htmlFor={id}>{t("fields.title")}</label>
        <input
          id={id}
          className="input input-compact"
          value={value.title}
          maxLength={500}
          autoComplete="off"
          placeholder={t("actions.titlePlaceholder")}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${id}-error` : undefined}
          onChange={(event) => onChange({ ...value, title: event.target.value })}
        />
        {titleError ? (
          <p id={`${id}-error`} className="field-error">
            {titleError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t("fields.owner")}</label>
        <select
          id={`${id}-owner`}
          className="input select input-compact"
          value={value.ownerId}
          onChange={(event) => onChange({ ...value, ownerId: event.target.value })}
        >
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.id === meId ? t("newOneOnOne.me", { name: person.name }) : person.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>
          {t("fields.dueDate")} <span className="field-optional">{t("common.optional")}</span>
        </label>
        <input
          id={`${id}-due`}
          type="date"
          className="input input-compact"
          value={value.dueDate}
          onChange={(event) => onChange({ ...value, dueDate: event.target.value })}
        />
      </div>
    </div>
  );
}
