import { Link } from "wouter";
import { Icon } from "../components/Icon.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useT } from "../i18n/I18nProvider.js";
import { useSession } from "../session/SessionProvider.js";

/** Shown when every membership of the user has been deactivated. */
export default function NoAccessPage() {
  const t = useT();
  const { membership } = useSession();
  useDocumentTitle(t("noAccess.title"));
  return (
    <div className="page not-found">
      <span className="empty-icon">
        <Icon name="alert" size={24} />
      </span>
      <h1>{t("noAccess.title")}</h1>
      <p className="page-lead">
        {membership ? t("noAccess.text", { organization: membership.organization.name }) : t("noAccess.noWorkspace")}
      </p>
      <Link href="/settings" className="btn btn-secondary">
        {t("nav.settings")}
      </Link>
    </div>
  );
}
