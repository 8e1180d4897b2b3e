import { chmodSync, chownSync, copyFileSync, existsSync, linkSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { BackupError } from "./backup-error.js";
import { beforeRestorePath, fileTimestamp } from "./backup-names.js";
import { removeSqliteFiles, renameDurably } from "./durable-files.js";
import { checkIntegrity, checkMigrationsCompatible, type MigrationState, readMigrationRows } from "./sqlite-check.js";
import { claimIdleDatabase } from "./sqlite-claim.js";
import { copySnapshot } from "./sqlite-copy.js";

export interface SqliteRestoreResult {
  database: string;
  /** Where the replaced database now is; null when there was none. */
  keptAs: string | null;
  migrations: MigrationState;
}

/** Copies the backup beside the target with SQLite's backup API (so a -wal beside the backup counts too) and checks it. */
async function stageCopy(backupFile: string, staged: string): Promise<MigrationState> {
  const source = new SqliteDatabase(backupFile, { readonly: true, fileMustExist: true });
  try {
    await copySnapshot(source, staged);
  } catch (error) {
    if (error instanceof SqliteDatabase.SqliteError && error.code === "SQLITE_NOTADB") {
      throw new BackupError("not_rapport", `${backupFile} is not a SQLite database`);
    }
    throw error;
  } finally {
    source.close();
  }
  const copy = new SqliteDatabase(staged, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
    checkIntegrity(copy, "The backup");
    const names = readMigrationRows(copy, "The backup").map((r) => r.name);
    return checkMigrationsCompatible(names, "The backup");
  } finally {
    copy.close();
  }
}

/** The first free `<file>.before-restore-<timestamp>[-n]` name. */
function freeAsideName(databaseFile: string, now: Date): string {
  const base = beforeRestorePath(databaseFile, now);
  let name = base;
  for (let n = 2; existsSync(name); n++) name = `${base}-${n}`;
  return name;
}

/** Gives the staged copy the replaced file's permissions and owner, so the server can still open it. */
function matchPermissions(staged: string, databaseFile: string): void {
  if (!existsSync(databaseFile)) {
    chmodSync(staged, 0o600);
    return;
  }
  const old = statSync(databaseFile);
  chmodSync(staged, old.mode & 0o777);
  if (process.getuid?.() === 0) chownSync(staged, old.uid, old.gid);
}

/** Keeps the replaced database under a second name: a hard link (instant), else a copy. */
function keepAside(databaseFile: string, aside: string): void {
  try {
    linkSync(databaseFile, aside);
  } catch {
    copyFileSync(databaseFile, aside);
  }
}

/**
 * Restores a SQLite backup over the configured database. Refuses while another process has the
 * database open; checks the backup (integrity, a Rapport database this version can run); keeps the
 * replaced database as `<file>.before-restore-<timestamp>`; swaps with one rename, so the path
 * always holds a whole database.
 */
export async function restoreSqlite(backupFile: string, databaseFile: string, now: Date): Promise<SqliteRestoreResult> {
  if (!existsSync(backupFile)) throw new BackupError("not_found", `There is no backup at ${backupFile}`);
  if (resolve(backupFile) === resolve(databaseFile)) {
    throw new BackupError("exists", "The backup is the database itself; nothing to restore");
  }
  mkdirSync(dirname(resolve(databaseFile)), { recursive: true });
  const staged = `${databaseFile}.restoring-${fileTimestamp(now)}`;
  removeSqliteFiles(staged);
  let claim: SqliteDatabase.Database | null = null;
  try {
    // First, so a running server is reported at once and none can open the file mid-restore.
    claim = claimIdleDatabase(databaseFile);
    const migrations = await stageCopy(backupFile, staged);
    matchPermissions(staged, databaseFile);
    const keptAs = claim ? freeAsideName(databaseFile, now) : null;
    if (keptAs) keepAside(databaseFile, keptAs);
    renameDurably(staged, databaseFile);
    return { database: databaseFile, keptAs, migrations };
  } catch (error) {
    removeSqliteFiles(staged);
    throw error;
  } finally {
    claim?.close();
  }
}
