import { createHash } from "node:crypto";
import SqliteDatabase from "better-sqlite3";
import { sql } from "kysely";
import pg from "pg";
import type { Db } from "../../server/db/database.js";

/**
 * The one way tests compare what a database holds: every table the database itself lists
 * (sqlite_master, pg_tables), minus the exclusions below, each with its reason.
 */

/** Tables no data digest looks at. A new table is digested unless it is named here. */
export const NOT_DIGESTED: ReadonlyArray<{ table: string | RegExp; why: string }> = [
  { table: "kysely_migration", why: "migrations bookkeeping" },
  { table: "kysely_migration_lock", why: "migrations bookkeeping" },
  { table: "rate_limits", why: "counts every attempt, refused ones on purpose" },
  { table: /^sqlite_/, why: "SQLite's own: autoincrement counters and planner statistics" },
  { table: /^search_fts(_|$)/, why: "SQLite's full-text index, derived from search_documents (digested)" },
];

const excluded = (table: string) =>
  NOT_DIGESTED.some((x) => (typeof x.table === "string" ? x.table === table : x.table.test(table)));

const SQLITE_TABLES = "select name from sqlite_master where type = 'table' order by name";
const POSTGRES_TABLES = "select tablename as name from pg_tables where schemaname = 'public' order by tablename";

/** Every table the database lists, engine internals included. */
export async function schemaTables(db: Db): Promise<string[]> {
  const query = db.engine === "sqlite" ? SQLITE_TABLES : POSTGRES_TABLES;
  const { rows } = await sql<{ name: string }>`${sql.raw(query)}`.execute(db.kysely);
  return rows.map((r) => r.name);
}

/** The tables a data digest covers: every table but those in NOT_DIGESTED and `skip`. */
export async function dataTables(db: Db, skip: readonly string[] = []): Promise<string[]> {
  return (await schemaTables(db)).filter((t) => !excluded(t) && !skip.includes(t));
}

export interface SnapshotOptions {
  /** Tables left out on top of NOT_DIGESTED; say why at the call site. */
  skipTables?: readonly string[];
  /** Columns any request may touch, by table (database names). */
  skipColumns?: Readonly<Record<string, readonly string[]>>;
  /** Rows left out: rows of `table` whose `column` holds one of `values`. */
  skipRows?: ReadonlyArray<{ table: string; column: string; values: readonly string[] }>;
}

/** Every row of every data table as canonical text, sorted, by table. */
export type Snapshot = Map<string, string[]>;

/** A row as text that does not depend on key order or on Buffer identity. */
function canonicalRow(row: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(row)
      .sort()
      .map((key) => {
        const value = row[key];
        if (value instanceof Uint8Array) return [key, `hex:${Buffer.from(value).toString("hex")}`];
        return [key, typeof value === "bigint" ? value.toString() : value];
      }),
  );
}

const quoted = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** PostgreSQL reads every table in one round trip; a query per table per request was most of a run. */
async function snapshotOnPostgres(db: Db, tables: string[], options: SnapshotOptions): Promise<Snapshot> {
  const parts = tables.map((table) => {
    const dropped = (options.skipColumns?.[table] ?? []).map((c) => ` - ${quoted(c)}`).join("");
    const where = (options.skipRows ?? [])
      .filter((s) => s.table === table)
      .map((s) => `x."${s.column}" not in (${s.values.map(quoted).join(", ")})`);
    const filter = where.length ? ` where ${where.join(" and ")}` : "";
    return `select ${quoted(table)} as t, (to_jsonb(x)${dropped})::text as r from "${table}" x${filter}`;
  });
  const snapshot: Snapshot = new Map(tables.map((t) => [t, []]));
  if (parts.length === 0) return snapshot;
  const { rows } = await sql<{ t: string; r: string }>`${sql.raw(parts.join(" union all "))}`.execute(db.kysely);
  for (const { t, r } of rows) snapshot.get(t)?.push(r);
  for (const list of snapshot.values()) list.sort();
  return snapshot;
}

async function snapshotOnSqlite(db: Db, tables: string[], options: SnapshotOptions): Promise<Snapshot> {
  const raw = db.kysely.withoutPlugins();
  const snapshot: Snapshot = new Map();
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(raw);
    const dropped = options.skipColumns?.[table] ?? [];
    const skips = (options.skipRows ?? []).filter((s) => s.table === table);
    const kept = rows.filter((row) => !skips.some((s) => s.values.includes(String(row[s.column]))));
    const lines = kept.map((row) =>
      canonicalRow(Object.fromEntries(Object.entries(row).filter(([key]) => !dropped.includes(key)))),
    );
    snapshot.set(table, lines.sort());
  }
  return snapshot;
}

/** Every row of every data table (see NOT_DIGESTED), read through the app's own handle. */
export async function takeSnapshot(db: Db, options: SnapshotOptions = {}): Promise<Snapshot> {
  const tables = await dataTables(db, options.skipTables);
  return db.engine === "postgres" ? snapshotOnPostgres(db, tables, options) : snapshotOnSqlite(db, tables, options);
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  const tables = new Set([...before.keys(), ...after.keys()]);
  return [...tables].filter((t) => (before.get(t) ?? []).join("\n") !== (after.get(t) ?? []).join("\n"));
}

/** What changed between two snapshots, in a few readable lines (empty when nothing did). */
export function describeChanges(before: Snapshot, after: Snapshot): string[] {
  const lines: string[] = [];
  for (const table of changedTables(before, after)) {
    const old = new Set(before.get(table) ?? []);
    const now = new Set(after.get(table) ?? []);
    const added = [...now].filter((r) => !old.has(r));
    const removed = [...old].filter((r) => !now.has(r));
    for (const r of added.slice(0, 2)) lines.push(`${table} +${r.slice(0, 300)}`);
    for (const r of removed.slice(0, 2)) lines.push(`${table} -${r.slice(0, 300)}`);
  }
  return lines;
}

/*
 * Backups and imports compare whole databases outside the app (a file opened read-only, a
 * connection string), engine internals included unless the caller keeps them out: a restore
 * must give back every table as it was.
 */

/** Rows and a SHA-256 of the rows, per table: two databases with equal digests hold the same data. */
export type TableDigests = Record<string, { rows: number; sha256: string }>;

export interface DigestOptions {
  /** Rows to leave out (true: keep). */
  keepRow?: (table: string, row: Record<string, unknown>) => boolean;
  /** Tables to leave out (true: keep). */
  keepTable?: (table: string) => boolean;
}

function digestOf(table: string, rows: Record<string, unknown>[], options: DigestOptions) {
  const kept = rows.filter((row) => options.keepRow?.(table, row) ?? true).map(canonicalRow);
  kept.sort();
  return { rows: kept.length, sha256: createHash("sha256").update(kept.join("\n")).digest("hex") };
}

/** Digests every table of a SQLite file, including SQLite's own (sqlite_sequence) and FTS internals. */
export function sqliteTableDigests(filename: string, options: DigestOptions = {}): TableDigests {
  const sqlite = new SqliteDatabase(filename, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite.prepare(SQLITE_TABLES).pluck().all() as string[];
    const digests: TableDigests = {};
    for (const table of tables.filter((t) => options.keepTable?.(t) ?? true)) {
      const rows = sqlite.prepare(`select * from "${table}"`).all() as Record<string, unknown>[];
      digests[table] = digestOf(table, rows, options);
    }
    return digests;
  } finally {
    sqlite.close();
  }
}

/** Digests every table in the public schema of a PostgreSQL database. */
export async function postgresTableDigests(
  connectionString: string,
  options: DigestOptions = {},
): Promise<TableDigests> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(POSTGRES_TABLES);
    const digests: TableDigests = {};
    for (const { name } of tables.filter((t) => options.keepTable?.(t.name) ?? true)) {
      const { rows } = await client.query(`select * from "${name}"`);
      digests[name] = digestOf(name, rows, options);
    }
    return digests;
  } finally {
    await client.end();
  }
}
