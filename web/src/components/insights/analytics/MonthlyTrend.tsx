import type { Analytics } from "../../../../../shared/schemas/analytics.js";
import { useI18n } from "../../../i18n/I18nProvider.js";
import { Card } from "../../Card.js";
import { BarChart, type BarSeries } from "../charts/BarChart.js";
import { ChartFigure } from "../charts/chartParts.js";
import { monthLabel } from "../insightFormat.js";

/** Held, cancelled and moved 1:1s per month as grouped bars. */
export function MonthlyTrend({ months }: { months: Analytics["months"] }) {
  const { t, locale } = useI18n();
  const oneOnOne: BarSeries[] = [
    { id: "held", name: t("insights.analytics.held"), tone: "primary" },
    { id: "canceled", name: t("insights.analytics.canceled"), tone: "danger" },
    { id: "rescheduled", name: t("insights.analytics.rescheduled"), tone: "accent" },
  ];
  const long = (month: string) => monthLabel(month, locale, "long");
  const monthText = (m: Analytics["months"][number]) =>
    t("insights.analytics.monthPoint", {
      month: long(m.month),
      held: m.held,
      canceled: m.canceled,
      rescheduled: m.rescheduled,
    });
  const sum = (key: "held" | "canceled" | "rescheduled") => months.reduce((total, m) => total + m[key], 0);
  const first = months[0];
  const last = months[months.length - 1];
  const yearsDiffer = first && last && first.month.slice(0, 4) !== last.month.slice(0, 4);

  return (
    <Card titleId="months-title" title={t("insights.analytics.months")} lead={t("insights.analytics.monthsLead")}>
      {first && last ? (
        <ChartFigure
          legend={oneOnOne.map((s) => ({ ...s, shape: "bar" }))}
          summary={t("insights.analytics.monthsSummary", {
            from: long(first.month),
            to: long(last.month),
            held: sum("held"),
            canceled: sum("canceled"),
            rescheduled: sum("rescheduled"),
          })}
          tableLabel={t("insights.chart.table")}
          columns={[t("insights.analytics.month"), ...oneOnOne.map((s) => s.name)]}
          rows={months.map((m) => ({ key: m.month, cells: [long(m.month), m.held, m.canceled, m.rescheduled] }))}
        >
          <BarChart
            label={t("insights.analytics.months")}
            keyboardHint={t("insights.chart.keys")}
            yTitle={t("insights.analytics.axis")}
            oneOnOne={oneOnOne}
            categories={months.map((m) => ({
              key: m.month,
              tick:
                yearsDiffer && (m === first || m.month.endsWith("-01"))
                  ? `${monthLabel(m.month, locale)} ${m.month.slice(2, 4)}`
                  : monthLabel(m.month, locale),
              description: monthText(m),
            }))}
            values={months.map((m) => [m.held, m.canceled, m.rescheduled])}
          />
        </ChartFigure>
      ) : (
        <p className="muted card-empty">{t("insights.analytics.noMonths")}</p>
      )}
    </Card>
  );
}
