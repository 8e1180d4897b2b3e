import { useI18n } from "../../i18n/I18nProvider.js";
import { Card } from "../Card.js";
import { Icon } from "../Icon.js";

/** Admins download the workspace's structure (people, reporting lines, templates, 1:1), never content. */
export function WorkspaceExport({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  return (
    <Card id="export" title={t("export.workspace.title")} lead={t("export.workspace.lead")} kind="section">
      <a className="btn btn-secondary" href={`/api/v1/orgs/${encodeURIComponent(orgId)}/export?download=1`} download>
        <Icon name="download" />
        {t("export.workspace.button")}
      </a>
    </Card>
  );
}
