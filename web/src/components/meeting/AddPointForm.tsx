import { type FormEvent, useState } from "react";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { useMeeting } from "./MeetingContext.js";

/** The input id of a section's add-point field, for the `a` shortcut. */
export const addPointInputId = (sectionKey: string) => `add-point-${sectionKey}`;

/** Adds a talking point to a section; the text comes back if the save fails. */
export function AddPointForm({ sectionKey, sectionTitle }: { sectionKey: string; sectionTitle: string }) {
  const { t } = useI18n();
  const { ops } = useMeeting();
  const [text, setText] = useState("");
  const id = addPointInputId(sectionKey);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = text.trim();
    if (!body) return;
    setText("");
    if (!(await ops.addPoint(sectionKey, body))) setText(body);
  };

  return (
    <form className="add-point" onSubmit={onSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {t("agenda.addTo", { section: sectionTitle })}
      </label>
      <input
        id={id}
        className="input input-compact"
        value={text}
        maxLength={2000}
        placeholder={t("agenda.addPlaceholder")}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="btn btn-secondary btn-sm" aria-disabled={!text.trim() || undefined}>
        <Icon name="plus" size={16} />
        {t("common.add")}
        <span className="visually-hidden"> {t("agenda.toSection", { section: sectionTitle })}</span>
      </button>
    </form>
  );
}
