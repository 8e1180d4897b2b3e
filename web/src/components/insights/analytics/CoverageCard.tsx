import { useState } from "react";
import type { Analytics } from "../../../../../shared/schemas/analytics.js";
import { useI18n } from "../../../i18n/I18nProvider.js";
import { Card } from "../../Card.js";
import { Icon } from "../../Icon.js";
import { formatPercent } from "../insightFormat.js";

/** Who had a 1:1 in the last 30, 60 or 90 days, and the names of those who didn't. */
export function CoverageCard({ analytics }: { analytics: Analytics }) {
  const { t, locale } = useI18n();
  const windows = analytics.coverage;
  const [days, setDays] = useState(windows[0]?.days ?? 30);
  const current = windows.find((w) => w.days === days) ?? windows[0];
  const total = analytics.activePeople;
  const share = current && total > 0 ? Math.round((current.covered / total) * 100) : 0;

  return (
    <Card titleId="coverage-title" title={t("insights.analytics.coverage")} lead={t("insights.analytics.coverageLead")}>
      <fieldset className="segmented segmented-text">
        <legend className="visually-hidden">{t("insights.analytics.period")}</legend>
        {windows.map((w) => (
          <button key={w.days} type="button" aria-pressed={w.days === days} onClick={() => setDays(w.days)}>
            {t("insights.analytics.lastDays", { days: w.days })}
          </button>
        ))}
      </fieldset>
      {current ? (
        <>
          <p className="coverage-summary">
            <strong>{formatPercent(share, locale)}</strong>
            <span>{t("insights.analytics.covered", { covered: current.covered, total, days: current.days })}</span>
          </p>
          <span className="rate-track rate-track-lg tone-primary" aria-hidden="true">
            <span style={{ width: `${share}%` }} />
          </span>
          {current.uncovered.length > 0 ? (
            <div className="coverage-missing">
              <h3>{t("insights.analytics.uncovered", { days: current.days })}</h3>
              <ul className="name-chips">
                {current.uncovered.map((person) => (
                  <li key={person.id}>{person.name}</li>
                ))}
              </ul>
              <p className="muted">{t("insights.analytics.uncoveredHint")}</p>
            </div>
          ) : (
            <p className="coverage-all">
              <Icon name="check-circle" size={16} />
              {t("insights.analytics.everyone")}
            </p>
          )}
        </>
      ) : null}
    </Card>
  );
}
