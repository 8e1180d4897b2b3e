/** A piece of a search snippet: plain text, marked when it matched the query. */
export type SnippetPart = { text: string; mark: boolean };

/**
 * Splits `text` at the [start, end) highlight ranges. Ranges are clamped to the
 * text, sorted and merged, so overlapping or out-of-order input is safe. The
 * result is rendered as React text nodes, never as HTML.
 */
export function splitHighlights(text: string, ranges: ReadonlyArray<readonly [number, number]>): SnippetPart[] {
  const clean = ranges
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of clean) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) parts.push({ text: text.slice(at, a), mark: false });
    parts.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
