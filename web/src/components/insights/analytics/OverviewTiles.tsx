import type { Analytics } from "../../../../../shared/schemas/analytics.js";
import { useI18n } from "../../../i18n/I18nProvider.js";
import { Card } from "../../Card.js";
import { AverageValue, RateValue } from "./Aggregate.js";

/** The month the mood and usefulness averages cover, e.g. "March 2026". */
export const aggregateMonth = (analytics: Analytics, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(analytics.aggregatePeriod.from),
  );

/** The workspace in six numbers: people, adherence, cancel and move rates, and the two guarded averages. */
export function OverviewTiles({ analytics }: { analytics: Analytics }) {
  const { t, tn, locale } = useI18n();
  const { overall } = analytics;
  const period = aggregateMonth(analytics, locale);
  return (
    <Card
      titleId="overview-title"
      title={t("insights.analytics.overview")}
      lead={t("insights.analytics.privacy", { period })}
    >
      <dl className="tiles">
        <div className="tile">
          <dt>{t("insights.analytics.activePeople")}</dt>
          <dd className="tile-value">{analytics.activePeople}</dd>
          <dd className="tile-detail">{tn("insights.analytics.pairs", overall.pairs)}</dd>
        </div>
        <div className="tile tile-rate">
          <dt>{t("insights.analytics.adherence")}</dt>
          <dd>
            <RateValue
              value={overall.adherence}
              sub={t("insights.analytics.heldOf", { held: overall.held, expected: overall.expected })}
            />
          </dd>
        </div>
        <div className="tile tile-rate">
          <dt>{t("insights.analytics.cancelRate")}</dt>
          <dd>
            <RateValue value={overall.cancelRate} tone="danger" sub={t("insights.analytics.ofDue")} />
          </dd>
        </div>
        <div className="tile tile-rate">
          <dt>{t("insights.analytics.rescheduleRate")}</dt>
          <dd>
            <RateValue value={overall.rescheduleRate} tone="accent" sub={t("insights.analytics.ofDue")} />
          </dd>
        </div>
        <div className="tile tile-rate">
          <dt>{t("insights.analytics.avgMood")}</dt>
          <dd>
            <AverageValue average={overall.averageMood} />
          </dd>
        </div>
        <div className="tile tile-rate">
          <dt>{t("insights.analytics.avgRating")}</dt>
          <dd>
            <AverageValue average={overall.averageRating} />
          </dd>
        </div>
      </dl>
    </Card>
  );
}
