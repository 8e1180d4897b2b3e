import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../../server/db/database.js";

/**
 * Tables that record an attempt on purpose: rate-limit counters count refused
 * sign-ins too, and a failed sign-in is audited (the rows are filtered below).
 */
const BOOKKEEPING = new Set(["rate_limits", "kysely_migration", "kysely_migration_lock"]);
const AUDITED_ATTEMPTS = new Set(["sign_in.failure"]);

/** Every table's name, minus bookkeeping and SQLite's full-text index (derived from search_documents). */
export async function dataTables(db: Db): Promise<string[]> {
  const tables = await db.kysely.introspection.getTables();
  return tables.map((t) => t.name).filter((n) => !BOOKKEEPING.has(n) && !n.startsWith("search_fts"));
}

const stable = (row: Record<string, unknown>) =>
  JSON.stringify(
    Object.keys(row)
      .sort()
      .map((k) => [k, row[k] instanceof Uint8Array ? Buffer.from(row[k] as Uint8Array).toString("hex") : row[k]]),
  );

/** PostgreSQL digests every table in one round trip; a query per table per request was most of the run. */
async function digestOnPostgres(db: Db, tables: string[]): Promise<Record<string, string>> {
  const skipped = [...AUDITED_ATTEMPTS].map((a) => `'${a}'`).join(", ");
  const parts = tables.map((table) => {
    const where = table === "audit_events" ? ` where x.action not in (${skipped})` : "";
    return `select '${table}' as name, count(*) || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as digest from "${table}" x${where}`;
  });
  const { rows } = await sql<{ name: string; digest: string }>`${sql.raw(parts.join(" union all "))}`.execute(
    db.kysely,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

/** A digest of every row of every data table, by table: equal digests mean nothing changed. */
export async function digestTables(db: Db, tables: string[]): Promise<Record<string, string>> {
  if (db.engine === "postgres") return digestOnPostgres(db, tables);
  const digests = await Promise.all(
    tables.map(async (table) => {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db.kysely);
      const kept = table === "audit_events" ? rows.filter((r) => !AUDITED_ATTEMPTS.has(String(r.action))) : rows;
      const lines = kept.map(stable).sort();
      return [table, `${kept.length}:${createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16)}`];
    }),
  );
  return Object.fromEntries(digests);
}

/** The tables whose digest differs. */
export const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
