import { MessagePage } from "../components/MessagePage.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useT } from "../i18n/I18nProvider.js";
import { useSession } from "../session/SessionProvider.js";

/** Shown when every membership of the user has been deactivated. */
export default function NoAccessPage() {
  const t = useT();
  const { membership } = useSession();
  useDocumentTitle(t("noAccess.title"));
  return (
    <MessagePage
      icon="alert"
      title={t("noAccess.title")}
      text={membership ? t("noAccess.text", { organization: membership.organization.name }) : t("noAccess.noWorkspace")}
      way={{ href: "/settings", label: t("nav.settings"), secondary: true }}
    />
  );
}
