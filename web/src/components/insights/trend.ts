export type TrendDirection = "up" | "down" | "steady";

export type TrendSummary = {
  count: number;
  latest: number;
  average: number;
  min: number;
  max: number;
  /** The latest value against the average of the (up to) four before it. */
  direction: TrendDirection;
};

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** What a series of 1–5 scores says in one sentence's worth of numbers; null when empty. */
export function summarizeTrend(values: number[]): TrendSummary | null {
  const latest = values[values.length - 1];
  if (latest === undefined) return null;
  const before = values.slice(-5, -1);
  const change = before.length > 0 ? latest - mean(before) : 0;
  return {
    count: values.length,
    latest,
    average: Math.round(mean(values) * 10) / 10,
    min: Math.min(...values),
    max: Math.max(...values),
    direction: change >= 0.75 ? "up" : change <= -0.75 ? "down" : "steady",
  };
}

/** The average of the non-null scores, to one decimal; null when there are none. */
export function averageOf(values: Array<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length > 0 ? Math.round(mean(present) * 10) / 10 : null;
}
