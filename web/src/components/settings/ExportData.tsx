import { useI18n } from "../../i18n/I18nProvider.js";
import { Card } from "../Card.js";
import { Icon } from "../Icon.js";

/** The two ways to take everything away: JSON to move it, a Markdown archive to read it. */
const DOWNLOADS = [
  { href: "/api/v1/export?download=1", label: "export.json", hint: "export.jsonHint" },
  { href: "/api/v1/export/markdown", label: "export.zip", hint: "export.zipHint" },
] as const;

/** "Own your data": download everything you may see, as JSON (to move it) or as Markdown (to read it). */
export function ExportData() {
  const { t } = useI18n();
  return (
    <Card titleId="export-title" title={t("export.title")} lead={t("export.lead")} id="export">
      <ul className="export-options">
        {DOWNLOADS.map(({ href, label, hint }) => (
          <li key={href} className="export-option">
            <a className="btn btn-secondary" href={href} download>
              <Icon name="download" />
              {t(label)}
            </a>
            <span className="field-hint">{t(hint)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
