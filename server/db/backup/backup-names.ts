import { basename, dirname, extname, join } from "node:path";

/** A UTC timestamp safe in file names on every system: `2026-03-02T09-00-00Z`. */
export function fileTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replaceAll(":", "-");
}

/** Where `npm run backup` writes a SQLite backup by default: `<db dir>/backups/<name>-<timestamp>.db`. */
export function defaultSqliteBackupPath(databaseFile: string, now: Date): string {
  const name = basename(databaseFile, extname(databaseFile)) || "rapport";
  return join(dirname(databaseFile), "backups", `${name}-${fileTimestamp(now)}.db`);
}

/** Where `npm run backup` writes a PostgreSQL dump by default. */
export function defaultPostgresBackupPath(now: Date): string {
  return join("data", "backups", `rapport-${fileTimestamp(now)}.dump`);
}

/** The name the replaced database keeps after a restore: `<file>.before-restore-<timestamp>`. */
export function beforeRestorePath(databaseFile: string, now: Date): string {
  return `${databaseFile}.before-restore-${fileTimestamp(now)}`;
}
