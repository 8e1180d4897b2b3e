import { ApiError } from "../api/client.js";
import { getAnalytics } from "../api/insights.js";
import { CoverageCard } from "../components/insights/analytics/CoverageCard.js";
import { MonthlyTrend } from "../components/insights/analytics/MonthlyTrend.js";
import { aggregateMonth, OverviewTiles } from "../components/insights/analytics/OverviewTiles.js";
import { TeamStats } from "../components/insights/analytics/TeamStats.js";
import { PageHeader } from "../components/PageHeader.js";
import { EmptyState, ErrorState, LoadingState } from "../components/States.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useSignedIn } from "../session/SessionProvider.js";
import "../styles/insights.css";
import "../styles/analytics.css";

/** Workspace analytics for owners and admins: coverage, regularity by team and monthly trends. Metadata only. */
export default function AnalyticsPage() {
  const { t, locale } = useI18n();
  const { membership } = useSignedIn();
  const orgId = membership?.organization.id ?? "";
  const isAdmin = membership?.role === "owner" || membership?.role === "admin";
  const data = useResource(
    () => (isAdmin ? getAnalytics(orgId) : Promise.reject(new ApiError(403, "admin_required", ""))),
    `${orgId}|${isAdmin}`,
  );
  useDocumentTitle(t("insights.analytics.title"));
  const forbidden = data.error instanceof ApiError && data.error.status === 403;

  return (
    <div className="page">
      <PageHeader
        title={t("insights.analytics.title")}
        description={t("insights.analytics.lead", { days: data.data?.windowDays ?? 90 })}
      />
      {forbidden ? (
        <EmptyState icon="lock" title={t("insights.analytics.forbiddenTitle")}>
          <p>{t("insights.analytics.forbiddenText")}</p>
        </EmptyState>
      ) : !data.data ? (
        data.error ? (
          <ErrorState error={data.error} onRetry={data.reload} />
        ) : (
          <LoadingState />
        )
      ) : (
        <div className="insights-stack">
          <OverviewTiles analytics={data.data} />
          <div className="insights-columns insights-columns-even">
            <CoverageCard analytics={data.data} />
            <MonthlyTrend months={data.data.months} />
          </div>
          <TeamStats teams={data.data.teams} period={aggregateMonth(data.data, locale)} />
        </div>
      )}
    </div>
  );
}
