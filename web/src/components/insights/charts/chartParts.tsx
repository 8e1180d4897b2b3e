import { type KeyboardEvent, type ReactNode, type RefObject, useId, useLayoutEffect, useRef, useState } from "react";
import "../../../styles/charts.css";

/** The colour roles a chart series can take; each maps to a CSS variable that suits both themes. */
export type Tone = "primary" | "accent" | "violet" | "danger";

/** Measures the width available to a chart so it draws 1:1 and its text stays readable on phones. */
export function useChartWidth(initial = 560) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(Math.max(240, Math.round(el.clientWidth)));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** How a chart is named for assistive technology. */
export type ChartNaming = {
  /** The accessible name of the chart. */
  label: string;
  /** Read after the name: how to move between the marks. */
  keyboardHint: string;
};

/** A chart's measured width, its drawing, and whether a mark is in focus and its tooltip shown. */
export function useChartState() {
  const [frame, width] = useChartWidth();
  const svgRef = useRef<SVGSVGElement>(null);
  const [showTip, setShowTip] = useState(false);
  const [focused, setFocused] = useState(false);
  /** What ChartFrame needs of this state. */
  const frameProps = { refs: { frame, svgRef }, width, onMouseLeave: () => setShowTip(focused) };
  return { width, svgRef, showTip, setShowTip, focused, setFocused, frameProps };
}

/**
 * A chart's frame: the drawing (axes, then marks), one keyboard-navigable group named by `label` and described by
 * `keyboardHint`, with the tooltip above it.
 */
export function ChartFrame(props: {
  refs: { frame: RefObject<HTMLDivElement | null>; svgRef: RefObject<SVGSVGElement | null> };
  width: number;
  height: number;
  label: string;
  keyboardHint: string;
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
  onMouseLeave: () => void;
  tooltip: ReactNode;
  /** Axes and grid: drawn for sighted readers only, the marks say the same. */
  axes: ReactNode;
  children: ReactNode;
}) {
  const hintId = useId();
  return (
    <div className="chart-frame" ref={props.refs.frame}>
      {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; the group names the chart. */}
      <svg
        ref={props.refs.svgRef}
        className="chart"
        viewBox={`0 0 ${props.width} ${props.height}`}
        role="group"
        aria-label={props.label}
        aria-describedby={hintId}
        onKeyDown={props.onKeyDown}
        onMouseLeave={props.onMouseLeave}
      >
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> is not focusable; the axes repeat what the marks say. */}
        <g aria-hidden="true">{props.axes}</g>
        {props.children}
      </svg>
      <span id={hintId} className="visually-hidden">
        {props.keyboardHint}
      </span>
      {props.tooltip}
    </div>
  );
}

/** The y axis: its title and a grid line with its value at every tick, between the margins `left` and `right`. */
export function YAxis(props: {
  title: string;
  ticks: number[];
  y: (value: number) => number;
  left: number;
  right: number;
}) {
  const { title, ticks, y, left, right } = props;
  return (
    <>
      <text className="chart-axis-title" x={4} y={12}>
        {title}
      </text>
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="chart-grid" x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
          <text className="chart-tick" x={left - 8} y={y(tick)} dy="0.32em" textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
    </>
  );
}

/**
 * What a focusable mark of a chart does on focus, blur and hover: it becomes the active one
 * (`activate`) and shows its tooltip; the tooltip stays while the keyboard focus is on the chart.
 */
export function markEvents(activate: () => void, setFocused: (on: boolean) => void, setShowTip: (on: boolean) => void) {
  return {
    onFocus: () => {
      activate();
      setFocused(true);
      setShowTip(true);
    },
    onBlur: () => {
      setFocused(false);
      setShowTip(false);
    },
    onMouseEnter: () => {
      activate();
      setShowTip(true);
    },
  };
}

/** A tooltip pinned above a point of the chart; the point itself carries the accessible text. */
export function ChartTooltip({ x, y, width, children }: { x: number; y: number; width: number; children: ReactNode }) {
  const edge = x < 90 ? " chart-tip-start" : x > width - 90 ? " chart-tip-end" : "";
  return (
    <div className={`chart-tip${edge}`} style={{ left: x, top: y }} aria-hidden="true">
      {children}
    </div>
  );
}

export type LegendItem = { id: string; name: string; tone: Tone; shape?: "line" | "dashed" | "bar" };

/** The series names with their colour and line style. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.id}>
          <svg className={`tone-${item.tone}`} width="22" height="10" aria-hidden="true" focusable="false">
            {item.shape === "bar" ? (
              <rect x="6" y="0" width="10" height="10" rx="2" fill="currentColor" />
            ) : (
              <line
                x1="1"
                x2="21"
                y1="5"
                y2="5"
                stroke="currentColor"
                strokeWidth="2.5"
                strokeDasharray={item.shape === "dashed" ? "4 3" : undefined}
              />
            )}
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}

type FigureProps = {
  /** One or two sentences that say what the chart shows: its text alternative. */
  summary: ReactNode;
  tableLabel: string;
  columns: string[];
  rows: Array<{ key: string; cells: ReactNode[] }>;
  legend?: LegendItem[];
  children: ReactNode;
};

/** A chart with its legend, a written summary and the numbers as a table for anyone who prefers them. */
export function ChartFigure({ summary, tableLabel, columns, rows, legend, children }: FigureProps) {
  return (
    <figure className="chart-figure">
      {legend && legend.length > 1 ? <ChartLegend items={legend} /> : null}
      {children}
      <figcaption className="chart-summary">{summary}</figcaption>
      <details className="chart-data">
        <summary>{tableLabel}</summary>
        <div className="chart-table-wrap">
          <table className="chart-table">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, i) =>
                    i === 0 ? (
                      <th key={columns[i]} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={columns[i]}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
