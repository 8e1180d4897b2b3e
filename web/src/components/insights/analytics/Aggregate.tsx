import type { Analytics } from "../../../../../shared/schemas/analytics.js";
import { useI18n } from "../../../i18n/I18nProvider.js";
import { Icon } from "../../Icon.js";
import { formatPercent, formatScore } from "../insightFormat.js";

type Average = Analytics["overall"]["averageMood"];

/** A group's average mood or usefulness — or why it is hidden (P4: fewer than 5 people, or complementary suppression). */
export function AverageValue({ average }: { average: Average }) {
  const { t, tn, locale } = useI18n();
  if (average.suppressed || average.value === null) {
    return (
      <span className="suppressed">
        <Icon name="lock" size={14} />
        {average.reason === "complementary"
          ? t("insights.analytics.suppressedComplementary")
          : t("insights.analytics.suppressed")}
      </span>
    );
  }
  return (
    <>
      <strong>{t("insights.outOf5", { value: formatScore(average.value, locale) })}</strong>
      <span className="rate-sub">{tn("insights.analytics.from", average.people)}</span>
    </>
  );
}

/** A percentage with a bar beneath it; the number is the text, the bar only decoration. */
export function RateValue({
  value,
  tone = "primary",
  sub,
}: {
  value: number | null;
  tone?: "primary" | "danger" | "accent";
  sub?: string;
}) {
  const { t, locale } = useI18n();
  if (value === null) return <span className="rate-sub">{t("insights.analytics.noData")}</span>;
  return (
    <>
      <strong>{formatPercent(value, locale)}</strong>
      {sub ? <span className="rate-sub">{sub}</span> : null}
      <span className={`rate-track tone-${tone}`} aria-hidden="true">
        <span style={{ width: `${Math.max(value, value > 0 ? 2 : 0)}%` }} />
      </span>
    </>
  );
}
