import type { ReactNode } from "react";
import type { Insights } from "../../../../../shared/schemas/insights.js";
import { useI18n } from "../../../i18n/I18nProvider.js";
import { ChartFigure } from "../charts/chartParts.js";
import type { LineSeries } from "../charts/LineChart.js";
import { formatScore, shortDate } from "../insightFormat.js";
import { averageOf } from "../trend.js";
import { ScoreChart } from "./ScoreChart.js";

/**
 * "Was it useful?" per meeting: the viewer's own scores, and the teammate's when they share
 * them with the leader (the server sends only what the viewer may see), with the sharing setting.
 */
export function UsefulnessChart({
  ratings,
  isLeader,
  name,
  sharing,
}: {
  ratings: Insights["ratings"];
  isLeader: boolean;
  name: string;
  sharing?: ReactNode;
}) {
  const { t, tn, locale, timeZone } = useI18n();
  const day = (x: number | string) => shortDate(x, locale, timeZone);
  const mine = (r: Insights["ratings"][number]) => (isLeader ? r.leaderScore : r.teammateScore);
  const theirs = (r: Insights["ratings"][number]) => (isLeader ? r.teammateScore : r.leaderScore);
  const pointsOf = (pick: typeof mine) =>
    ratings.flatMap((r) => {
      const y = pick(r);
      return y === null ? [] : [{ x: Date.parse(r.date), y }];
    });
  const oneOnOne: LineSeries[] = [
    { id: "mine", name: t("common.you"), tone: "primary", points: pointsOf(mine) },
    { id: "theirs", name, tone: "accent", dashed: true, points: pointsOf(theirs) },
  ].filter((s) => s.points.length > 0) as LineSeries[];
  const average = (pick: typeof mine) => {
    const value = averageOf(ratings.map(pick));
    return value === null ? t("insights.none") : formatScore(value, locale);
  };
  const none = t("insights.none");
  const showTheirs = ratings.some((r) => theirs(r) !== null);

  return (
    <section className="card chart-card" aria-labelledby="usefulness-title">
      <div className="card-header">
        <h2 id="usefulness-title">{t("insights.usefulness.title")}</h2>
        <p className="muted">
          {isLeader ? t("insights.usefulness.lead") : t("insights.usefulness.leadTeammate", { name })}
        </p>
        {sharing}
      </div>
      {oneOnOne.length > 0 ? (
        <ChartFigure
          legend={oneOnOne.map((s) => ({ id: s.id, name: s.name, tone: s.tone, shape: s.dashed ? "dashed" : "line" }))}
          summary={
            showTheirs
              ? tn("insights.usefulness.summary", ratings.length, {
                  mine: average(mine),
                  theirs: average(theirs),
                  name,
                })
              : // The other person's ratings are not shared with the viewer: no "—" average for them.
                tn("insights.usefulness.summaryMine", ratings.filter((r) => mine(r) !== null).length, {
                  mine: average(mine),
                })
          }
          tableLabel={t("insights.chart.table")}
          columns={[t("insights.chart.date"), t("common.you"), ...(showTheirs ? [name] : [])]}
          rows={ratings.map((r) => ({
            key: r.meetingId,
            cells: [day(r.date), mine(r) ?? none, ...(showTheirs ? [theirs(r) ?? none] : [])],
          }))}
        >
          <ScoreChart
            title={t("insights.usefulness.title")}
            axis={t("insights.usefulness.axis")}
            oneOnOne={oneOnOne}
            day={day}
          />
        </ChartFigure>
      ) : (
        <p className="muted card-empty">{t("insights.usefulness.empty")}</p>
      )}
    </section>
  );
}
