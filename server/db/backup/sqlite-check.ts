import type SqliteDatabase from "better-sqlite3";
import { knownMigrationNames } from "../migrator.js";
import { BackupError } from "./backup-error.js";

/** The migrations table Kysely keeps, in every Rapport database. */
const MIGRATION_TABLE = "kysely_migration";

export interface MigrationState {
  /** Applied migrations, oldest first. */
  applied: string[];
  /** Migrations this code knows but the database has not had yet (Rapport applies them at start). */
  pending: string[];
}

/** Runs `pragma integrity_check`; throws unless SQLite answers `ok`. */
export function checkIntegrity(sqlite: SqliteDatabase.Database, what: string): void {
  const problems = sqlite.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
  const answers = problems.map((p) => p.integrity_check);
  if (answers.length !== 1 || answers[0] !== "ok") {
    throw new BackupError("corrupt", `${what} failed integrity_check: ${answers.slice(0, 5).join("; ")}`);
  }
}

/** The applied migrations (name and time), oldest first; throws if the file is not a Rapport database. */
export function readMigrationRows(
  sqlite: SqliteDatabase.Database,
  what: string,
): { name: string; timestamp: string }[] {
  const table = sqlite.prepare("select name from sqlite_master where type = 'table' and name = ?").get(MIGRATION_TABLE);
  if (!table)
    throw new BackupError("not_rapport", `${what} is not a Rapport database (it has no ${MIGRATION_TABLE} table)`);
  return sqlite.prepare(`select name, timestamp from ${MIGRATION_TABLE} order by name`).all() as {
    name: string;
    timestamp: string;
  }[];
}

/**
 * Checks that a database's migrations are ones this version of Rapport knows, in order:
 * an older database is fine (it is migrated at start), a newer one is refused.
 */
export function checkMigrationsCompatible(applied: string[], what: string): MigrationState {
  const known = knownMigrationNames();
  if (applied.length === 0 || applied[0] !== known[0]) {
    throw new BackupError("not_rapport", `${what} is not a Rapport database (its first migration is not ${known[0]})`);
  }
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new BackupError(
      "newer_version",
      `${what} was made by a newer version of Rapport (migrations ${unknown.join(", ")} are unknown here); upgrade Rapport first`,
    );
  }
  const skipped = known.slice(0, applied.length).filter((name, i) => applied[i] !== name);
  if (skipped.length > 0) {
    throw new BackupError("mismatch", `${what} has gaps in its migrations (missing ${skipped.join(", ")})`);
  }
  return { applied, pending: known.slice(applied.length) };
}

/** A one-line summary of a migration state, for the CLI. */
export function describeMigrations(state: MigrationState): string {
  const latest = state.applied.at(-1) ?? "none";
  const pending = state.pending.length ? `; ${state.pending.length} newer ones will be applied at start` : "";
  return `${state.applied.length} migrations (latest ${latest})${pending}`;
}
