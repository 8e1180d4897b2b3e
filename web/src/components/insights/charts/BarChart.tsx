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
import { bands, linearScale, niceTicks, stepIndex } from "./scale.js";

export type BarCategory = { key: string; tick: string; description: string };
export type BarSeries = { id: string; name: string; tone: Tone };

type Props = ChartNaming & {
  categories: BarCategory[];
  oneOnOne: BarSeries[];
  /** values[category][series] */
  values: number[][];
  yTitle: string;
  height?: number;
};

const M = { top: 30, right: 8, bottom: 30, left: 34 };

/** Grouped bars, one group per category; groups are focusable and Left/Right move between them. */
export function BarChart({ label, keyboardHint, categories, oneOnOne, values, yTitle, height = 240 }: Props) {
  const { width, svgRef, showTip, setShowTip, focused, setFocused, frameProps } = useChartState();
  const [active, setActive] = useState(Math.max(0, categories.length - 1));

  const max = Math.max(0, ...values.flat());
  const ticks = niceTicks(max, 4);
  const y = linearScale([0, ticks[ticks.length - 1] ?? 1], [height - M.bottom, M.top]);
  const plot = width - M.left - M.right;
  const band = bands(categories.length, plot, 0.3);
  const barWidth = band.inner / Math.max(1, oneOnOne.length);
  const showValues = barWidth >= 16;
  const everyTick = Math.max(1, Math.ceil((categories.length * 44) / plot));
  const current = Math.min(active, categories.length - 1);
  const groupCentre = (i: number) => M.left + band.start(i) + band.inner / 2;
  const groupTop = (i: number) => y(Math.max(0, ...(values[i] ?? [0])));

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const next = stepIndex(event.key, current, categories.length);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    svgRef.current?.querySelector<SVGGElement>(`[data-group="${next}"]`)?.focus();
  };

  return (
    <ChartFrame
      tooltip={
        showTip && categories[current] ? (
          <ChartTooltip x={groupCentre(current)} y={groupTop(current)} width={width}>
            {categories[current].description}
          </ChartTooltip>
        ) : null
      }
      {...frameProps}
      height={height}
      label={label}
      keyboardHint={keyboardHint}
      onKeyDown={onKeyDown}
      axes={<YAxis title={yTitle} ticks={ticks} y={y} left={M.left} right={width - M.right} />}
    >
      {categories.map((category, i) => (
        // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a focusable bar group is named as an image for screen readers.
        <g
          key={category.key}
          data-group={i}
          className={`chart-bars${i === current && showTip ? " chart-bars-active" : ""}`}
          role="img"
          aria-label={category.description}
          tabIndex={i === current ? 0 : -1}
          {...markEvents(() => setActive(i), setFocused, setShowTip)}
        >
          <rect
            className="chart-hit"
            x={M.left + i * band.step}
            y={M.top}
            width={band.step}
            height={height - M.top - M.bottom}
          />
          {oneOnOne.map((s, si) => {
            const value = values[i]?.[si] ?? 0;
            const bx = M.left + band.start(i) + si * barWidth;
            return (
              <g key={s.id} className={`tone-${s.tone}`}>
                <rect
                  className="chart-bar"
                  x={bx + 1}
                  y={y(value)}
                  width={Math.max(1, barWidth - 2)}
                  height={Math.max(value > 0 ? 1 : 0, height - M.bottom - y(value))}
                  rx={2}
                />
                {showValues && value > 0 ? (
                  <text className="chart-value" x={bx + barWidth / 2} y={y(value) - 4} textAnchor="middle">
                    {value}
                  </text>
                ) : null}
              </g>
            );
          })}
          {i % everyTick === 0 || i === categories.length - 1 ? (
            <text className="chart-tick" x={groupCentre(i)} y={height - 8} textAnchor="middle">
              {category.tick}
            </text>
          ) : null}
        </g>
      ))}
      {focused && categories[current] ? (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a decorative SVG focus ring, never focusable.
        <rect
          className="chart-ring"
          x={M.left + current * band.step + 2}
          y={M.top - 4}
          width={band.step - 4}
          height={height - M.top - M.bottom + 8}
          rx={6}
          aria-hidden="true"
        />
      ) : null}
    </ChartFrame>
  );
}
