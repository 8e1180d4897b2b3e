import { useEffect } from "react";
import { PageHeader } from "../components/PageHeader.js";
import { ApiTokens } from "../components/settings/ApiTokens.js";
import { CalendarFeed } from "../components/settings/CalendarFeed.js";
import { ExportData } from "../components/settings/ExportData.js";
import { NotificationSettings } from "../components/settings/NotificationSettings.js";
import { PasswordForm } from "../components/settings/PasswordForm.js";
import { ProfileForm } from "../components/settings/ProfileForm.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useT } from "../i18n/I18nProvider.js";

/** Account settings: profile, password, e-mail notifications, the calendar feed, personal API tokens and the data export. */
export default function SettingsPage() {
  const t = useT();
  useDocumentTitle(t("settings.title"));
  // Links such as /settings#notifications land on their section once the page has rendered.
  useEffect(() => {
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.scrollIntoView({ block: "start" });
  }, []);
  return (
    <div className="page page-narrow">
      <PageHeader title={t("settings.title")} description={t("settings.lead")} />
      <div className="stack">
        <ProfileForm />
        <PasswordForm />
        <NotificationSettings />
        <CalendarFeed />
        <ApiTokens />
        <ExportData />
      </div>
    </div>
  );
}
