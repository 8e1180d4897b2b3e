import type SqliteDatabase from "better-sqlite3";

/** The SQL function SQLite's search triggers call to index a document under its 1:1. */
export const SEARCH_TERMS_FUNCTION = "rapport_search_terms";

/** The words of a text as search sees them: letters and digits, NFKC, lower case (as in `searchTerms`). */
export const searchWords = (text: string): string[] =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** The index token prefix of a 1:1: `s` and its id without dashes (hex, so the tokenizer keeps it whole). */
export const oneOnOneTermPrefix = (oneOnOneId: string) => `s${oneOnOneId.replaceAll("-", "")}`;

/**
 * What SQLite's FTS5 index holds for a document: each word prefixed with its
 * 1:1. A query for `roadmap*` in my 1:1 becomes `s<id>roadmap*`, a range of
 * terms that only my 1:1's documents hold, so its cost follows the size of my
 * history rather than the company's (migration 0010).
 */
export function searchIndexTerms(body: string, oneOnOneId: string): string {
  const prefix = oneOnOneTermPrefix(oneOnOneId);
  return searchWords(body)
    .map((word) => prefix + word)
    .join(" ");
}

/** Registers the SQL functions the schema's triggers call; every SQLite connection that writes needs them. */
export function registerSqlFunctions(sqlite: SqliteDatabase.Database): void {
  sqlite.function(SEARCH_TERMS_FUNCTION, { deterministic: true }, (body: unknown, oneOnOneId: unknown) =>
    searchIndexTerms(String(body ?? ""), String(oneOnOneId ?? "")),
  );
}
