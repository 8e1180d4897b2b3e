import type { ExpressionBuilder, ReferenceExpression, SelectQueryBuilder } from "kysely";
import { badRequest } from "../http/errors.js";

/** A position in a list ordered newest first by (timestamp, id). */
export interface Keyset {
  at: string;
  id: string;
}

/** An opaque cursor for keyset pagination over (timestamp, id), newest first. */
export const encodeKeyset = (at: string, id: string): string => Buffer.from(`${at}|${id}`).toString("base64url");

/** Reads a cursor made by encodeKeyset; a malformed one is a 400. */
export function decodeKeyset(cursor: string): Keyset {
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!at || !id || Number.isNaN(Date.parse(at))) throw badRequest("invalid_cursor", "not a valid cursor", "before");
  return { at, id };
}

/**
 * The one keyset page query: rows strictly before `before` in (at, id) descending order,
 * newest first, one more than `limit` so `keysetPage` can tell whether another page follows.
 * `before` may be a cursor string (decoded here, 400 if malformed) or a decoded position.
 */
export function newestFirst<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  columns: { at: ReferenceExpression<DB, TB>; id: ReferenceExpression<DB, TB> },
  before: string | Keyset | null | undefined,
  limit: number,
): SelectQueryBuilder<DB, TB, O> {
  const from = typeof before === "string" ? decodeKeyset(before) : (before ?? null);
  const bounded = from
    ? query.where((eb: ExpressionBuilder<DB, TB>) =>
        eb.or([
          eb(columns.at, "<", from.at as never),
          eb.and([eb(columns.at, "=", from.at as never), eb(columns.id, "<", from.id as never)]),
        ]),
      )
    : query;
  return bounded
    .orderBy(columns.at as never, "desc")
    .orderBy(columns.id as never, "desc")
    .limit(limit + 1);
}

/** Which page of a list read newest first: before this cursor (none: the first page), and how many. */
export interface PageQuery {
  before?: string | undefined;
  limit: number;
}

/**
 * A page of a list ordered by (createdAt, id), newest first: `fetch` runs the `newestFirst` query,
 * the answer is the page and the cursor of the next one.
 */
export async function pageByCreatedAt<T extends { createdAt: string; id: string }>(
  query: PageQuery,
  fetch: (before: string | null, limit: number) => Promise<T[]>,
): Promise<{ page: T[]; nextCursor: string | null }> {
  const rows = await fetch(query.before || null, query.limit);
  return keysetPage(rows, query.limit, (row) => ({ at: row.createdAt, id: row.id }));
}

/** Cuts the rows `newestFirst` fetched to a page, with the cursor of the next one (null at the end). */
export function keysetPage<T>(
  rows: T[],
  limit: number,
  positionOf: (row: T) => Keyset,
): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  if (rows.length <= limit || !last) return { page, nextCursor: null };
  const { at, id } = positionOf(last);
  return { page, nextCursor: encodeKeyset(at, id) };
}
