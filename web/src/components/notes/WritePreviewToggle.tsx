import { useI18n } from "../../i18n/I18nProvider.js";

/** Switches a note between writing and its rendered preview. */
export function WritePreviewToggle(props: { title: string; preview: boolean; onChange: (preview: boolean) => void }) {
  const { t } = useI18n();
  const { title, preview, onChange } = props;
  return (
    <fieldset className="segmented segmented-text">
      <legend className="visually-hidden">{t("notes.view", { title })}</legend>
      <button type="button" aria-pressed={!preview} onClick={() => onChange(false)}>
        {t("notes.write")}
      </button>
      <button type="button" aria-pressed={preview} onClick={() => onChange(true)}>
        {t("notes.preview")}
      </button>
    </fieldset>
  );
}
