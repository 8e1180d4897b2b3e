// `npm run backup [-- --out <file>]`: an online, verified backup of the database the server uses (DATABASE_URL).
import { parseArgs } from "node:util";
import { loadConfig } from "../../config.js";
import { BackupError } from "./backup-error.js";
import { defaultPostgresBackupPath, defaultSqliteBackupPath } from "./backup-names.js";
import { formatBytes } from "./format-bytes.js";
import { dumpPostgres } from "./postgres-dump.js";
import { postgresBackupGuidance } from "./postgres-guidance.js";
import { findPostgresTool, redactConnectionString } from "./postgres-tools.js";
import { backupSqlite } from "./sqlite-backup.js";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const { database } = loadConfig();
const now = new Date();

try {
  if (database.engine === "sqlite") {
    const out = values.out ?? defaultSqliteBackupPath(database.filename, now);
    console.log(`Backing up ${database.filename} (SQLite online backup; the server may keep running)…`);
    const result = await backupSqlite(database.filename, out);
    console.log(`Wrote ${result.file} (${formatBytes(result.bytes)}, ${result.pages} pages).`);
    console.log(
      `Verified: integrity_check ok; ${result.migrations.length} migrations, the same as the live database (latest ${result.migrations.at(-1)}).`,
    );
    console.log(`Restore it with: npm run restore -- ${result.file}`);
  } else {
    const pgDump = findPostgresTool("pg_dump");
    if (!pgDump) {
      console.error(postgresBackupGuidance(database.connectionString));
      process.exit(1);
    }
    const out = values.out ?? defaultPostgresBackupPath(now);
    console.log(`Backing up ${redactConnectionString(database.connectionString)} with ${pgDump} --format=custom…`);
    const result = await dumpPostgres(database.connectionString, out, pgDump);
    console.log(`Wrote ${result.file} (${formatBytes(result.bytes)}).`);
    console.log(
      result.verified
        ? "Verified: pg_restore --list reads it and finds Rapport's tables."
        : "Not verified: pg_restore was not found.",
    );
    console.log("Restore it with pg_restore (npm run restore -- <file> prints the steps).");
  }
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`Backup failed: ${error.message}`);
  process.exit(1);
}
