import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";

/** "Own your data": download everything you may see, as JSON (to move it) or as Markdown (to read it). */
export function ExportData() {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="export-title" id="export">
      <div className="card-header">
        <h2 id="export-title">{t("export.title")}</h2>
        <p className="muted">{t("export.lead")}</p>
      </div>
      <ul className="export-options">
        <li className="export-option">
          <a className="btn btn-secondary" href="/api/v1/export?download=1" download>
            <Icon name="download" />
            {t("export.json")}
          </a>
          <span className="field-hint">{t("export.jsonHint")}</span>
        </li>
        <li className="export-option">
          <a className="btn btn-secondary" href="/api/v1/export/markdown" download>
            <Icon name="download" />
            {t("export.zip")}
          </a>
          <span className="field-hint">{t("export.zipHint")}</span>
        </li>
      </ul>
    </section>
  );
}
