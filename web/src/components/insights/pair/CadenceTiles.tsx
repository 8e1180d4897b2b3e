import type { CadenceHealthView } from "../../../../../shared/schemas/insights.js";
import { useI18n } from "../../../i18n/I18nProvider.js";
import { Card } from "../../Card.js";
import { formatPercent } from "../insightFormat.js";

/** How regularly the pair meets, as a row of tiles. */
export function CadenceTiles({ cadence }: { cadence: CadenceHealthView }) {
  const { t, tn, locale } = useI18n();
  const none = t("insights.none");
  return (
    <Card titleId="cadence-title" title={t("insights.cadence.title")} lead={t("insights.cadence.lead")}>
      <dl className="tiles">
        <div className="tile">
          <dt>{t("insights.cadence.adherence")}</dt>
          <dd className="tile-value">{cadence.adherence === null ? none : formatPercent(cadence.adherence, locale)}</dd>
          <dd className="tile-detail">
            {cadence.adherence === null
              ? t("insights.cadence.nothingDue")
              : t("insights.cadence.adherenceDetail", { held: cadence.held, expected: cadence.expected })}
          </dd>
          {cadence.adherence === null ? null : (
            <dd className="meter" aria-hidden="true">
              <span style={{ width: `${cadence.adherence}%` }} />
            </dd>
          )}
        </div>
        <div className="tile">
          <dt>{t("insights.cadence.streak")}</dt>
          <dd className="tile-value">{cadence.currentStreak}</dd>
          <dd className="tile-detail">{t("insights.cadence.streakDetail")}</dd>
        </div>
        <div className={`tile${cadence.overdue ? " tile-warning" : ""}`}>
          <dt>{t("insights.cadence.sinceLast")}</dt>
          <dd className="tile-value">
            {cadence.daysSinceLast === null
              ? none
              : cadence.daysSinceLast === 0
                ? t("insights.today")
                : tn("insights.days", cadence.daysSinceLast)}
          </dd>
          <dd className="tile-detail">
            {cadence.daysSinceLast === null
              ? t("insights.cadence.never")
              : cadence.overdue
                ? t("insights.cadence.overdue")
                : t("insights.cadence.onTime")}
          </dd>
        </div>
        <div className="tile">
          <dt>{t("insights.cadence.longestGap")}</dt>
          <dd className="tile-value">{tn("insights.days", cadence.longestGapDays)}</dd>
          <dd className="tile-detail">{t("insights.cadence.longestGapDetail")}</dd>
        </div>
        <div className="tile">
          <dt>{t("insights.cadence.canceled")}</dt>
          <dd className="tile-value">{cadence.canceled}</dd>
          <dd className="tile-detail">{t("insights.cadence.ofExpected", { expected: cadence.expected })}</dd>
        </div>
        <div className="tile">
          <dt>{t("insights.cadence.rescheduled")}</dt>
          <dd className="tile-value">{cadence.rescheduled}</dd>
          <dd className="tile-detail">{t("insights.cadence.ofExpected", { expected: cadence.expected })}</dd>
        </div>
      </dl>
    </Card>
  );
}
