import type { Insights } from "../../../../../shared/schemas/insights.js";
import { useI18n } from "../../../i18n/I18nProvider.js";
import { Card } from "../../Card.js";
import { ChartFigure, type LegendItem } from "../charts/chartParts.js";
import type { LineSeries } from "../charts/LineChart.js";
import { formatScore, shortDate } from "../insightFormat.js";
import { summarizeTrend } from "../trend.js";
import { ScoreChart } from "./ScoreChart.js";

/** The teammate's mood (and energy) at each check-in, with a written summary and the numbers. */
export function MoodChart({ mood, isLeader, name }: { mood: Insights["mood"]; isLeader: boolean; name: string }) {
  const { t, tn, locale, timeZone } = useI18n();
  const day = (x: number | string) => shortDate(x, locale, timeZone);
  const trend = summarizeTrend(mood.map((m) => m.mood));
  const withEnergy = mood.filter((m) => m.energy !== null);
  const oneOnOne: LineSeries[] = [
    {
      id: "mood",
      name: t("insights.mood.mood"),
      tone: "primary",
      points: mood.map((m) => ({ x: Date.parse(m.date), y: m.mood })),
    },
  ];
  if (withEnergy.length > 0)
    oneOnOne.push({
      id: "energy",
      name: t("insights.mood.energy"),
      tone: "violet",
      dashed: true,
      points: withEnergy.map((m) => ({ x: Date.parse(m.date), y: m.energy ?? 0 })),
    });
  const legend: LegendItem[] = oneOnOne.map((s) => ({
    id: s.id,
    name: s.name,
    tone: s.tone,
    shape: s.dashed ? "dashed" : "line",
  }));
  const first = mood[0];
  const last = mood[mood.length - 1];

  return (
    <Card
      titleId="mood-title"
      title={t("insights.mood.title")}
      lead={isLeader ? t("insights.mood.leadLeader", { name }) : t("insights.mood.leadTeammate")}
      className="chart-card"
    >
      {trend && first && last ? (
        <ChartFigure
          legend={legend}
          summary={tn("insights.mood.summary", trend.count, {
            from: day(first.date),
            to: day(last.date),
            average: formatScore(trend.average, locale),
            min: trend.min,
            max: trend.max,
            latest: trend.latest,
            direction: t(`insights.trend.${trend.direction}`),
          })}
          tableLabel={t("insights.chart.table")}
          columns={[t("insights.chart.date"), t("insights.mood.mood"), t("insights.mood.energy")]}
          rows={mood.map((m) => ({
            key: m.meetingId,
            cells: [day(m.date), m.mood, m.energy ?? t("insights.none")],
          }))}
        >
          <ScoreChart title={t("insights.mood.title")} axis={t("insights.mood.axis")} oneOnOne={oneOnOne} day={day} />
        </ChartFigure>
      ) : (
        <p className="muted card-empty">
          {isLeader ? t("insights.mood.emptyLeader", { name }) : t("insights.mood.emptyTeammate")}
        </p>
      )}
    </Card>
  );
}
