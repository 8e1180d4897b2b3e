import { redactConnectionString } from "./postgres-tools.js";

/** How to back up PostgreSQL by hand, when pg_dump is not installed here. */
export function postgresBackupGuidance(connectionString: string): string {
  return [
    "pg_dump was not found on PATH or under /usr/lib/postgresql/*/bin.",
    "Install the PostgreSQL client programs (same major version as the server or newer), e.g.",
    "  apt-get install postgresql-client",
    "then run `npm run backup` again, or run pg_dump yourself from any machine that reaches the database:",
    `  pg_dump --format=custom --file=rapport.dump "${redactConnectionString(connectionString)}"`,
  ].join("\n");
}

/** How to restore a pg_dump archive: into a new database, keeping the old one until the new one is checked. */
export function postgresRestoreGuidance(connectionString: string, file: string): string {
  const current = redactConnectionString(connectionString);
  const target = current.replace(/\/([^/?]*)(\?|$)/, "/rapport_restored$2");
  return [
    "A PostgreSQL database is restored with pg_restore; this command does not replace it for you.",
    "Restore into a new database and switch to it, so the current one stays as it is until you have checked:",
    `  1. psql "${current}" -c "create database rapport_restored"   (as a role that may create databases)`,
    `  2. pg_restore --no-owner --exit-on-error --dbname="${target}" ${file}`,
    "  3. Stop Rapport, set DATABASE_URL to the new database, start Rapport (it applies any newer migrations).",
    "  4. Once you are satisfied, drop the old database.",
    "To replace the current database in place instead (destroys what is in it):",
    `  pg_restore --clean --if-exists --no-owner --exit-on-error --dbname="${current}" ${file}`,
  ].join("\n");
}
