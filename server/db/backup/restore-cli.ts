// `npm run restore -- <file>`: puts a backup in place of the database the server uses (DATABASE_URL), keeping the old one.
import { parseArgs } from "node:util";
import { loadConfig } from "../../config.js";
import { BackupError } from "./backup-error.js";
import { postgresRestoreGuidance } from "./postgres-guidance.js";
import { describeMigrations } from "./sqlite-check.js";
import { restoreSqlite } from "./sqlite-restore.js";

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error("Usage: npm run restore -- <backup file>");
  process.exit(1);
}
const { database } = loadConfig();

if (database.engine === "postgres") {
  console.error(postgresRestoreGuidance(database.connectionString, file));
  process.exit(2);
}

try {
  console.log(`Restoring ${file} into ${database.filename}…`);
  const result = await restoreSqlite(file, database.filename, new Date());
  console.log(`Checked the backup: integrity_check ok; ${describeMigrations(result.migrations)}.`);
  if (result.keptAs) console.log(`Kept the replaced database as ${result.keptAs}`);
  console.log(`Restored ${result.database}. Start Rapport to use it.`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`Restore refused: ${error.message}`);
  console.error("Nothing was changed.");
  process.exit(1);
}
