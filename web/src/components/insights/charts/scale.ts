/** Pure geometry for the small SVG charts: scales, ticks and paths. */

/** Maps a value in `domain` linearly onto `range`; a flat domain maps to the middle of the range. */
export function linearScale(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** Round tick values from 0 to at least `max`, about `count` of them, stepping by 1, 2 or 5 × 10ⁿ. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const stepInt = Math.max(1, step);
  const top = Math.ceil(max / stepInt) * stepInt;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += stepInt) ticks.push(v);
  return ticks;
}

/** Up to `max` evenly spread indexes of `length` items, always with the first and the last. */
export function spreadIndexes(length: number, max: number): number[] {
  if (length <= 0) return [];
  if (length === 1 || max <= 1) return [length - 1];
  const slots = Math.min(length, Math.max(2, Math.floor(max)));
  const result = new Set<number>();
  for (let i = 0; i < slots; i++) result.add(Math.round((i * (length - 1)) / (slots - 1)));
  return [...result].sort((a, b) => a - b);
}

export type XY = { x: number; y: number | null };

/** An SVG path through the points; a null y breaks the line so gaps stay visible. */
export function linePath(points: XY[]): string {
  let d = "";
  let pen = false;
  for (const p of points) {
    if (p.y === null) {
      pen = false;
      continue;
    }
    d += `${pen ? "L" : "M"}${round(p.x)} ${round(p.y)}`;
    pen = true;
  }
  return d;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Bands for `count` groups across `width`: where each starts and how wide its bars may be. */
export function bands(
  count: number,
  width: number,
  padding = 0.25,
): { step: number; inner: number; start: (i: number) => number } {
  const step = count > 0 ? width / count : width;
  const inner = step * (1 - padding);
  return { step, inner, start: (i) => i * step + (step - inner) / 2 };
}

/** The index of the value nearest to `target` in an ascending list; -1 when empty. */
export function nearestIndex(sorted: number[], target: number): number {
  let best = -1;
  let distance = Number.POSITIVE_INFINITY;
  sorted.forEach((value, i) => {
    const d = Math.abs(value - target);
    if (d < distance) {
      best = i;
      distance = d;
    }
  });
  return best;
}

/** Where Left, Right, Home and End move a roving focus among `count` items; null for other keys. */
export function stepIndex(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  if (key === "ArrowRight") return Math.min(count - 1, index + 1);
  if (key === "ArrowLeft") return Math.max(0, index - 1);
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}
