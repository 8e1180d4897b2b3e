import { getDashboard } from "../api/insights.js";
import { TeamCard } from "../components/insights/dashboard/TeamCard.js";
import { StartOneOnOne } from "../components/oneonone/StartOneOnOne.js";
import { PageHeader } from "../components/PageHeader.js";
import { EmptyState, ErrorState, LoadingState } from "../components/States.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useSignedIn } from "../session/SessionProvider.js";
import "../styles/insights.css";
import "../styles/dashboard.css";

/** The leader's dashboard: everyone they lead, who needs attention first and why. */
export default function DashboardPage() {
  const { t, tn } = useI18n();
  const { membership } = useSignedIn();
  const data = useResource(() => getDashboard(), membership?.organization.id ?? "");
  useDocumentTitle(t("insights.dashboard.title"));
  const people = data.data?.people ?? [];
  // Counted by the server, per person: whoever has an alert is never "on track".
  const attention = data.data?.needsAttention ?? 0;
  // A person with an alert on any of their rows is not "on track" on the others either.
  const flagged = new Set(people.filter((row) => row.alerts.length > 0).map((row) => row.teammate.id));

  const description = !data.data
    ? t("insights.dashboard.lead")
    : people.length === 0
      ? t("insights.dashboard.lead")
      : attention > 0
        ? tn("insights.dashboard.attention", attention)
        : t("insights.dashboard.allClear");

  return (
    <div className="page">
      <PageHeader title={t("insights.dashboard.title")} description={description} />
      {!data.data ? (
        data.error ? (
          <ErrorState error={data.error} onRetry={data.reload} />
        ) : (
          <LoadingState />
        )
      ) : people.length === 0 ? (
        <EmptyState icon="pulse" title={t("insights.dashboard.empty.title")} action={<StartOneOnOne />}>
          <p>{t("insights.dashboard.empty.text")}</p>
          <p>{t("insights.dashboard.empty.why")}</p>
        </EmptyState>
      ) : (
        <ul className="team-list">
          {people.map((row) => (
            <TeamCard
              key={row.oneOnOneId ?? `report-${row.teammate.id}`}
              row={row}
              onTrack={!flagged.has(row.teammate.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
