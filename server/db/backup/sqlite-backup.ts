import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { BackupError } from "./backup-error.js";
import { removeSqliteFiles, renameDurably } from "./durable-files.js";
import { checkIntegrity, readMigrationRows } from "./sqlite-check.js";
import { copySnapshot } from "./sqlite-copy.js";

export interface SqliteBackupResult {
  file: string;
  bytes: number;
  pages: number;
  /** The copy's applied migrations, oldest first; the same as the live database's. */
  migrations: string[];
}

/** Opens the copy on its own: a self-contained file (no -wal), intact, with the live database's migrations. */
function verifyCopy(file: string, expected: { name: string; timestamp: string }[]): string[] {
  const copy = new SqliteDatabase(file, { fileMustExist: true });
  try {
    // The copied header says WAL; a backup is one file that any sqlite3 can open read-only.
    copy.pragma("journal_mode = DELETE");
    checkIntegrity(copy, "The backup");
    const rows = readMigrationRows(copy, "The backup");
    if (JSON.stringify(rows) !== JSON.stringify(expected)) {
      throw new BackupError("mismatch", "The backup's migrations differ from the live database's");
    }
    return rows.map((r) => r.name);
  } finally {
    copy.close();
  }
}

/** Backs up a SQLite database, safe while the server runs, then verifies the copy before giving it its name. */
export async function backupSqlite(databaseFile: string, out: string): Promise<SqliteBackupResult> {
  if (!existsSync(databaseFile)) throw new BackupError("not_found", `There is no database at ${databaseFile}`);
  if (existsSync(out)) throw new BackupError("exists", `${out} already exists; choose another --out`);
  mkdirSync(dirname(out), { recursive: true, mode: 0o700 });
  const partial = `${out}.partial`;
  removeSqliteFiles(partial);
  const source = new SqliteDatabase(databaseFile, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    const before = readMigrationRows(source, "The database");
    const pages = await copySnapshot(source, partial);
    const migrations = verifyCopy(partial, before);
    // It holds password hashes and every private note: readable by its owner only.
    chmodSync(partial, 0o600);
    renameDurably(partial, out);
    return { file: out, bytes: statSync(out).size, pages, migrations };
  } catch (error) {
    removeSqliteFiles(partial);
    throw error;
  } finally {
    source.close();
  }
}
