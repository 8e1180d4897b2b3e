import { useI18n } from "../../i18n/I18nProvider.js";
import { Card } from "../Card.js";
import { Icon } from "../Icon.js";

/** "Own your data": download everything you may see, as JSON (to move it) or as Markdown (to read it). */
export function ExportData() {
  const { t } = useI18n();
  return (
    <Card titleId="export-title" title={t("export.title")} lead={t("export.lead")} id="export">
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
    </Card>
  );
}
