import { searchWords } from "../../db/search-index-terms.js";
import { badRequest } from "../../http/errors.js";

/** The words of a query (letters and digits only, so no query syntax reaches the engine); at most 8. */
export function searchTerms(query: string): string[] {
  const words = searchWords(query);
  const terms = [...new Set(words.map((w) => w.slice(0, 64)))].slice(0, 8);
  if (terms.length === 0) throw badRequest("validation_failed", "needs at least one word", "q");
  return terms;
}

/** FTS5 syntax: every term as a quoted prefix (under an index prefix, such as a 1:1'), all required. */
export const fts5Query = (terms: string[], prefix = "") => terms.map((t) => `"${prefix}${t}"*`).join(" AND ");

/** PostgreSQL tsquery syntax: every term as a prefix, all required. */
export const tsQuery = (terms: string[]) => terms.map((t) => `${t}:*`).join(" & ");

const fold = (ch: string) => ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * A window of plain text around the first match, with the [start, end) ranges
 * of every word starting with a term — case- and accent-insensitive, the same
 * on both engines, and never markup.
 */
export function makeSnippet(
  text: string,
  terms: string[],
  radius = 90,
): { snippet: string; highlights: Array<[number, number]> } {
  const chars = [...text];
  const folded = chars.map(fold);
  const foldedTerms = terms.map((t) => [...t].map(fold).join(""));
  const matches: Array<[number, number]> = [];
  for (let i = 0; i < chars.length; i++) {
    if (isWordChar(chars[i - 1]) || !isWordChar(chars[i])) continue;
    for (const term of foldedTerms) {
      let j = 0;
      let k = i;
      while (
        j < term.length &&
        k < chars.length &&
        term.startsWith(folded[k] as string, j) &&
        (folded[k] as string).length > 0
      ) {
        j += (folded[k] as string).length;
        k++;
      }
      if (j >= term.length) {
        let end = k;
        while (isWordChar(chars[end])) end++;
        matches.push([i, end]);
        break;
      }
    }
  }
  const first = matches[0]?.[0] ?? 0;
  const from = Math.max(0, first - radius);
  const to = Math.min(chars.length, first + radius * 2);
  const prefix = from > 0 ? "…" : "";
  const snippet = `${prefix}${chars.slice(from, to).join("")}${to < chars.length ? "…" : ""}`.replace(/\s/g, " ");
  const shift = prefix.length - from;
  const highlights = matches
    .filter(([a, b]) => a >= from && b <= to)
    .map(([a, b]): [number, number] => [a + shift, b + shift]);
  return { snippet, highlights };
}
