import { Link } from "wouter";
import { Icon } from "../components/Icon.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useT } from "../i18n/I18nProvider.js";

/** Any unknown path inside the app. */
export default function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t("notFound.title"));
  return (
    <div className="page not-found">
      <span className="empty-icon">
        <Icon name="search" size={24} />
      </span>
      <p className="eyebrow">404</p>
      <h1>{t("notFound.title")}</h1>
      <p className="page-lead">{t("notFound.text")}</p>
      <Link href="/" className="btn btn-primary">
        {t("notFound.home")}
      </Link>
    </div>
  );
}
