import { MessagePage } from "../components/MessagePage.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useT } from "../i18n/I18nProvider.js";

/** Any unknown path inside the app. */
export default function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t("notFound.title"));
  return (
    <MessagePage
      icon="search"
      eyebrow="404"
      title={t("notFound.title")}
      text={t("notFound.text")}
      way={{ href: "/", label: t("notFound.home") }}
    />
  );
}
