import { useI18n } from "../../../i18n/I18nProvider.js";
import { LineChart, type LineSeries } from "../charts/LineChart.js";

const SCORES = [1, 2, 3, 4, 5];

/** Scores from 1 to 5 over the meetings, one line per 1:1, dates labelled by `day`. */
export function ScoreChart(props: {
  title: string;
  axis: string;
  oneOnOne: LineSeries[];
  day: (x: number | string) => string;
}) {
  const { t } = useI18n();
  const { title, axis, oneOnOne, day } = props;
  return (
    <LineChart
      label={title}
      keyboardHint={oneOnOne.length > 1 ? t("insights.chart.keysSeries") : t("insights.chart.keys")}
      oneOnOne={oneOnOne}
      yTicks={SCORES}
      yTitle={axis}
      xTickLabel={day}
      pointLabel={(s, p) => t("insights.chart.point", { oneOnOne: s.name, date: day(p.x), value: p.y })}
    />
  );
}
