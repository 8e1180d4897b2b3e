import { type FormEvent, useState } from "react";
import type { StandingItem } from "../../../../shared/schemas/one-on-ones.js";
import type { TemplateSection } from "../../../../shared/schemas/templates.js";
import { errorMessage } from "../../api/errorMessage.js";
import { addStandingItem, removeStandingItem } from "../../api/oneOnOnes.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { CompactInput, CompactSelect } from "../Field.js";
import { Icon } from "../Icon.js";
import { SmallIconButton } from "../SmallIconButton.js";
import { useToast } from "../Toasts.js";

type Props = {
  oneOnOneId: string;
  items: StandingItem[];
  sections: TemplateSection[];
  canEdit: boolean;
  onChange: (items: StandingItem[]) => void;
};

/** Points that show up in every meeting until someone removes them. */
export function StandingItems({ oneOnOneId, items, sections, canEdit, onChange }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const [body, setBody] = useState("");
  const [sectionKey, setSectionKey] = useState(sections.find((s) => s.key === "progress")?.key ?? sections[0]?.key);
  const [removing, setRemoving] = useState<StandingItem | null>(null);
  const titleOf = (key: string) => sections.find((s) => s.key === key)?.title ?? key;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    setBody("");
    try {
      const item = await addStandingItem(oneOnOneId, { body: text, ...(sectionKey ? { sectionKey } : {}) });
      onChange([...items, item]);
      toast.success(t("standing.added"));
    } catch (error) {
      setBody(text);
      toast.error(errorMessage(t, error));
    }
  };

  const remove = async (item: StandingItem) => {
    onChange(items.filter((i) => i.id !== item.id));
    try {
      await removeStandingItem(item.id);
      toast.success(t("standing.removed"));
    } catch (error) {
      onChange(items);
      toast.error(errorMessage(t, error));
    }
  };

  return (
    <section className="card" id="standing" aria-labelledby="standing-title">
      <div className="card-header">
        <h2 id="standing-title">{t("prepare.standingTitle")}</h2>
        <p className="muted">{t("standing.lead")}</p>
      </div>
      {items.length > 0 ? (
        <ul className="standing-list">
          {items.map((item) => (
            <li key={item.id}>
              <Icon name="pin" size={16} />
              <div className="standing-text">
                <p>{item.body}</p>
                <p className="standing-section">{titleOf(item.sectionKey)}</p>
              </div>
              {canEdit ? (
                <SmallIconButton
                  icon="x"
                  label={t("standing.remove", { item: item.body })}
                  onClick={() => setRemoving(item)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted card-empty">{t("standing.empty")}</p>
      )}
      {canEdit ? (
        <form className="standing-form" onSubmit={add}>
          <CompactInput
            id="standing-body"
            label={t("standing.new")}
            value={body}
            maxLength={2000}
            placeholder={t("standing.placeholder")}
            onChange={(event) => setBody(event.target.value)}
          />
          {sections.length > 1 ? (
            <>
              <label htmlFor="standing-section" className="visually-hidden">
                {t("fields.section")}
              </label>
              <CompactSelect
                id="standing-section"
                value={sectionKey}
                onChange={setSectionKey}
                options={sections.map((section) => ({ value: section.key, label: section.title }))}
              />
            </>
          ) : null}
          <button type="submit" className="btn btn-secondary btn-sm" aria-disabled={!body.trim() || undefined}>
            <Icon name="plus" size={16} />
            {t("common.add")}
          </button>
        </form>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t("standing.confirmTitle")}
        message={t("standing.confirmText", { item: removing?.body ?? "" })}
        confirmLabel={t("common.remove")}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) void remove(removing);
        }}
      />
    </section>
  );
}
