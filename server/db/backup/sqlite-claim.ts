import { existsSync } from "node:fs";
import SqliteDatabase from "better-sqlite3";
import { BackupError } from "./backup-error.js";

const inUse = (file: string) =>
  new BackupError(
    "in_use",
    `${file} is open in another process (a running Rapport server?). Stop the server, then restore again.`,
  );

/** SQLite's error code on a SqliteError, if it is one. */
function sqliteCode(error: unknown): string | undefined {
  return error instanceof SqliteDatabase.SqliteError ? error.code : undefined;
}

/**
 * Takes sole hold of a database file before it is replaced, or refuses: every open connection
 * (a running server) holds a shared lock on a WAL database for as long as it is open. Leaving
 * WAL needs that no one else has it open, and folds the -wal into the main file, so the file
 * alone is then the whole database. The returned connection keeps an exclusive lock until closed.
 * Returns null when there is no database there yet.
 */
export function claimIdleDatabase(file: string): SqliteDatabase.Database | null {
  if (!existsSync(file)) {
    if (existsSync(`${file}-wal`)) {
      throw new BackupError("in_use", `${file}-wal exists without ${file}; move it away before restoring`);
    }
    return null;
  }
  const sqlite = new SqliteDatabase(file, { fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 0");
    const mode = sqlite.pragma("journal_mode = DELETE", { simple: true });
    if (mode !== "delete") throw inUse(file);
    sqlite.pragma("locking_mode = EXCLUSIVE");
    sqlite.exec("begin exclusive; commit");
    if (existsSync(`${file}-wal`)) throw inUse(file);
    return sqlite;
  } catch (error) {
    sqlite.close();
    if (sqliteCode(error) === "SQLITE_BUSY" || sqliteCode(error) === "SQLITE_LOCKED") throw inUse(file);
    if (sqliteCode(error) === "SQLITE_NOTADB") {
      throw new BackupError("not_rapport", `${file} is not a SQLite database; move it away yourself before restoring`);
    }
    throw error;
  }
}
