import { PageHeader } from "../components/PageHeader.js";
import { ApiTokens } from "../components/settings/ApiTokens.js";
import { PasswordForm } from "../components/settings/PasswordForm.js";
import { ProfileForm } from "../components/settings/ProfileForm.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useT } from "../i18n/I18nProvider.js";

/** Account settings: profile, password and personal API tokens. */
export default function SettingsPage() {
  const t = useT();
  useDocumentTitle(t("settings.title"));
  return (
    <div className="page page-narrow">
      <PageHeader title={t("settings.title")} description={t("settings.lead")} />
      <div className="stack">
        <ProfileForm />
        <PasswordForm />
        <ApiTokens />
      </div>
    </div>
  );
}
