import type { Tone } from "./chartParts.js";
import { linearScale, linePath } from "./scale.js";
import "../../../styles/charts.css";

type Props = {
  values: number[];
  label: string;
  min?: number;
  max?: number;
  tone?: Tone;
  width?: number;
  height?: number;
};

/** A word-sized trend line; the label says the same in words. */
export function Sparkline({ values, label, min = 1, max = 5, tone = "primary", width = 96, height = 28 }: Props) {
  const x = linearScale([0, Math.max(1, values.length - 1)], [4, width - 4]);
  const y = linearScale([min, max], [height - 4, 4]);
  const points = values.map((v, i) => ({ x: x(i), y: y(v) }));
  const last = points[points.length - 1];
  return (
    <svg
      className={`sparkline tone-${tone}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <line className="sparkline-base" x1={2} x2={width - 2} y1={y(3)} y2={y(3)} />
      <path className="chart-line" d={linePath(points)} />
      {last ? <circle className="chart-marker" cx={last.x} cy={last.y} r={3} /> : null}
    </svg>
  );
}
