import { createHash } from "node:crypto";
import SqliteDatabase from "better-sqlite3";
import pg from "pg";

/** Rows and a SHA-256 of the rows, per table: two databases with equal digests hold the same data. */
export type TableDigests = Record<string, { rows: number; sha256: string }>;

export interface DigestOptions {
  /** Rows to leave out (true: keep). */
  keepRow?: (table: string, row: Record<string, unknown>) => boolean;
  /** Tables to leave out (true: keep). */
  keepTable?: (table: string) => boolean;
}

/** A row as text that does not depend on the order rows come back in or on Buffer identity. */
function canonicalRow(row: Record<string, unknown>): string {
  return JSON.stringify(row, (_key, value) => {
    if (value && typeof value === "object" && value.type === "Buffer" && Array.isArray(value.data)) {
      return `hex:${Buffer.from(value.data).toString("hex")}`;
    }
    return typeof value === "bigint" ? value.toString() : value;
  });
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
    const tables = sqlite
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .pluck()
      .all() as string[];
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
    const { rows: tables } = await client.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' order by tablename",
    );
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
