import { type KeyboardEvent, useState } from "react";
import {
  ChartFrame,
  type ChartNaming,
  ChartTooltip,
  markEvents,
  type Tone,
  useChartState,
  YAxis,
} from "./chartParts.js";
import { linearScale, linePath, nearestIndex, spreadIndexes, stepIndex } from "./scale.js";

export type LinePoint = { x: number; y: number };
export type LineSeries = { id: string; name: string; tone: Tone; dashed?: boolean; points: LinePoint[] };

type Props = ChartNaming & {
  oneOnOne: LineSeries[];
  yTicks: number[];
  /** The y axis title, shown above the axis. */
  yTitle: string;
  xTickLabel: (x: number) => string;
  /** The tooltip and accessible text of one point. */
  pointLabel: (oneOnOne: LineSeries, point: LinePoint) => string;
  height?: number;
};

const M = { top: 30, right: 14, bottom: 30, left: 30 };

/** A line chart over time with focusable points (arrow keys move, Up/Down switch series). */
export function LineChart({
  label,
  keyboardHint,
  oneOnOne,
  yTicks,
  yTitle,
  xTickLabel,
  pointLabel,
  height = 240,
}: Props) {
  const { width, svgRef, showTip, setShowTip, focused, setFocused, frameProps } = useChartState();
  const lastOfFirst = Math.max(0, (oneOnOne[0]?.points.length ?? 1) - 1);
  const [active, setActive] = useState({ s: 0, i: lastOfFirst });

  const xs = oneOnOne.flatMap((s) => s.points.map((p) => p.x));
  const x = linearScale([Math.min(...xs), Math.max(...xs)], [M.left + 8, width - M.right - 8]);
  const y = linearScale([yTicks[0] ?? 0, yTicks[yTicks.length - 1] ?? 1], [height - M.bottom, M.top]);
  const axisPoints = oneOnOne[0]?.points ?? [];
  const xTicks = spreadIndexes(axisPoints.length, Math.floor((width - M.left) / 84)).map((i) => axisPoints[i]?.x ?? 0);

  // Many points: markers only for the latest and the one in focus, so the line stays readable.
  const dense = (width - M.left - M.right) / Math.max(1, ...oneOnOne.map((s) => s.points.length)) < 18;
  const reversed = [...oneOnOne].reverse();
  const anchor = (px: number) => (px < M.left + 36 ? "start" : px > width - M.right - 36 ? "end" : "middle");
  const current = oneOnOne[active.s]?.points[active.i] ? active : { s: 0, i: lastOfFirst };
  const activeSeries = oneOnOne[current.s];
  const activePoint = activeSeries?.points[current.i];

  const focusPoint = (s: number, i: number) => {
    setActive({ s, i });
    svgRef.current?.querySelector<SVGGElement>(`[data-point="${s}-${i}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const count = activeSeries?.points.length ?? 0;
    const next = stepIndex(event.key, current.i, count);
    if (next !== null) {
      event.preventDefault();
      focusPoint(current.s, next);
      return;
    }
    if ((event.key === "ArrowUp" || event.key === "ArrowDown") && oneOnOne.length > 1 && activePoint) {
      event.preventDefault();
      const s = (current.s + (event.key === "ArrowDown" ? 1 : oneOnOne.length - 1)) % oneOnOne.length;
      const target = oneOnOne[s];
      if (target)
        focusPoint(
          s,
          Math.max(
            0,
            nearestIndex(
              target.points.map((p) => p.x),
              activePoint.x,
            ),
          ),
        );
    }
  };

  return (
    <ChartFrame
      tooltip={
        showTip && activeSeries && activePoint ? (
          <ChartTooltip x={x(activePoint.x)} y={y(activePoint.y)} width={width}>
            {pointLabel(activeSeries, activePoint)}
          </ChartTooltip>
        ) : null
      }
      {...frameProps}
      height={height}
      label={label}
      keyboardHint={keyboardHint}
      onKeyDown={onKeyDown}
      axes={
        <>
          <YAxis title={yTitle} ticks={yTicks} y={y} left={M.left} right={width - M.right} />
          {xTicks.map((tick) => (
            <text key={tick} className="chart-tick" x={x(tick)} y={height - 8} textAnchor={anchor(x(tick))}>
              {xTickLabel(tick)}
            </text>
          ))}
          {reversed.map((s) => (
            <path
              key={s.id}
              className={`chart-line tone-${s.tone}`}
              d={linePath(s.points.map((p) => ({ x: x(p.x), y: y(p.y) })))}
              strokeDasharray={s.dashed ? "6 4" : undefined}
            />
          ))}
        </>
      }
    >
      {reversed.map((s) => {
        const si = oneOnOne.indexOf(s);
        return s.points.map((p, i) => {
          const isActive = si === current.s && i === current.i;
          const grow = isActive && showTip ? 1.4 : 1;
          const visible = !dense || i === s.points.length - 1 || (isActive && showTip);
          return (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a focusable data point is named as an image for screen readers.
            <g
              key={`${s.id}-${p.x}`}
              data-point={`${si}-${i}`}
              className={`chart-point tone-${s.tone}`}
              role="img"
              aria-label={pointLabel(s, p)}
              tabIndex={isActive ? 0 : -1}
              {...markEvents(() => setActive({ s: si, i }), setFocused, setShowTip)}
            >
              <circle className="chart-hit" cx={x(p.x)} cy={y(p.y)} r={11} />
              {!visible ? null : si % 2 === 1 ? (
                <rect
                  className="chart-marker-hollow"
                  x={x(p.x) - 4 * grow}
                  y={y(p.y) - 4 * grow}
                  width={8 * grow}
                  height={8 * grow}
                  rx={1.5}
                />
              ) : (
                <circle className="chart-marker" cx={x(p.x)} cy={y(p.y)} r={3.5 * grow} />
              )}
            </g>
          );
        });
      })}
      {focused && activePoint ? (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a decorative SVG focus ring, never focusable.
        <circle className="chart-ring" cx={x(activePoint.x)} cy={y(activePoint.y)} r={9} aria-hidden="true" />
      ) : null}
    </ChartFrame>
  );
}
