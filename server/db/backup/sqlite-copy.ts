import type SqliteDatabase from "better-sqlite3";

/** The most pages one backup step may copy: all of them. */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies a database with SQLite's online backup API, every page in one step: one read
 * transaction, so one consistent snapshot while a server keeps writing (WAL lets it). Many
 * small steps would restart whenever another process wrote between them, and might never
 * finish under a steady load. Returns the number of pages copied.
 */
export async function copySnapshot(source: SqliteDatabase.Database, destination: string): Promise<number> {
  const { totalPages } = await source.backup(destination, { progress: () => ALL_PAGES });
  return totalPages;
}
