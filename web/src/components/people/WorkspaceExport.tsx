import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";

/** Admins download the workspace's structure (people, reporting lines, templates, series), never content. */
export function WorkspaceExport({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  return (
    <section className="section" aria-labelledby="workspace-export-title" id="export">
      <div className="section-header">
        <h2 id="workspace-export-title">{t("export.workspace.title")}</h2>
        <p className="muted">{t("export.workspace.lead")}</p>
      </div>
      <a className="btn btn-secondary" href={`/api/v1/orgs/${encodeURIComponent(orgId)}/export?download=1`} download>
        <Icon name="download" />
        {t("export.workspace.button")}
      </a>
    </section>
  );
}
