import { type FormEvent, useState } from "react";
import type { TemplateSection } from "../../../../shared/schemas/templates.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { useMeeting } from "./MeetingContext.js";

/** The input id of a section's add-point field, for the `a` shortcut. */
export const addPointInputId = (sectionKey: string) => `add-point-${sectionKey}`;

type Props =
  /** Run: adds to the section on screen. */
  | { sectionKey: string; sectionTitle: string; sections?: undefined }
  /** Prepare: one box for the whole agenda, with a section picker. */
  | { sections: TemplateSection[]; sectionKey?: undefined; sectionTitle?: undefined };

/** Adds a talking point to a section; the text comes back if the save fails. */
export function AddPointForm(props: Props) {
  const { t } = useI18n();
  const { ops } = useMeeting();
  const [text, setText] = useState("");
  const [picked, setPicked] = useState(props.sections?.[0]?.key ?? "");
  const sectionKey = props.sectionKey ?? picked;
  const id = props.sections ? "add-point" : addPointInputId(sectionKey);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = text.trim();
    if (!body) return;
    setText("");
    if (!(await ops.addPoint(sectionKey, body))) setText(body);
  };

  return (
    <form className={`add-point${props.sections ? " add-point-picker" : ""}`} onSubmit={onSubmit}>
      {props.sections ? (
        <>
          <label htmlFor="add-point-section" className="visually-hidden">
            {t("prepare.addSection")}
          </label>
          <select
            id="add-point-section"
            className="input select input-compact"
            value={picked}
            onChange={(event) => setPicked(event.target.value)}
          >
            {props.sections.map((section) => (
              <option key={section.key} value={section.key}>
                {section.title}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <label htmlFor={id} className="visually-hidden">
        {props.sections ? t("prepare.addLabel") : t("agenda.addTo", { section: props.sectionTitle })}
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
        {props.sectionTitle ? (
          <span className="visually-hidden"> {t("agenda.toSection", { section: props.sectionTitle })}</span>
        ) : null}
      </button>
    </form>
  );
}
