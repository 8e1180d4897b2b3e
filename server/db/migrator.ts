import { type Migration, type MigrationProvider, Migrator, sql } from "kysely";
import type { Db } from "./database.js";
import * as m0001 from "./migrations/0001_foundation.js";
import * as m0002 from "./migrations/0002_one_on_ones.js";
import * as m0003 from "./migrations/0003_memory.js";
import * as m0004 from "./migrations/0004_search.js";
import * as m0005 from "./migrations/0005_calendar.js";
import * as m0006 from "./migrations/0006_notifications.js";
import * as m0007 from "./migrations/0007_live_notes.js";
import * as m0008 from "./migrations/0008_search_scope.js";
import * as m0009 from "./migrations/0009_foreign_key_indexes.js";
import * as m0010 from "./migrations/0010_search_series_terms.js";
import * as m0011 from "./migrations/0011_item_versions.js";
import * as m0012 from "./migrations/0012_webhooks.js";
import * as m0013 from "./migrations/0013_sso.js";
import * as m0014 from "./migrations/0014_token_scopes.js";
import * as m0015 from "./migrations/0015_session_scope.js";
import * as m0016 from "./migrations/0016_sso_trust.js";
import * as m0017 from "./migrations/0017_invitation_purpose.js";
import * as m0018 from "./migrations/0018_rating_sharing_and_membership_periods.js";
import * as m0019 from "./migrations/0019_token_workspace_scope.js";
import * as m0020 from "./migrations/0020_meeting_section_and_presence.js";
import * as m0021 from "./migrations/0021_meeting_edited_after.js";

/** Migrations are listed here, in order, so they bundle and run the same everywhere. */
const migrations: Record<string, Migration> = {
  "0001_foundation": m0001,
  "0002_one_on_ones": m0002,
  "0003_memory": m0003,
  "0004_search": m0004,
  "0005_calendar": m0005,
  "0006_notifications": m0006,
  "0007_live_notes": m0007,
  "0008_search_scope": m0008,
  "0009_foreign_key_indexes": m0009,
  "0010_search_series_terms": m0010,
  "0011_item_versions": m0011,
  "0012_webhooks": m0012,
  "0013_sso": m0013,
  "0014_token_scopes": m0014,
  "0015_session_scope": m0015,
  "0016_sso_trust": m0016,
  "0017_invitation_purpose": m0017,
  "0018_rating_sharing_and_membership_periods": m0018,
  "0019_token_workspace_scope": m0019,
  "0020_meeting_section_and_presence": m0020,
  "0021_meeting_edited_after": m0021,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** The names of the migrations this code knows, oldest first (backups are checked against them). */
export function knownMigrationNames(): string[] {
  return Object.keys(migrations).sort();
}

/**
 * SQLite plans queries from statistics that only ANALYZE writes. Without them it
 * preferred a status index to the 1:1 index and scanned every completed
 * meeting of the company (the 1:1 list took 1.4 s at 10,000 people; 3 ms after).
 * A database that never had them gets a full ANALYZE once (milliseconds when
 * small, seconds for a large company); afterwards `optimize` refreshes what changed.
 */
async function refreshPlannerStatistics(db: Db): Promise<void> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(db.kysely);
  if (Number(rows[0]?.n ?? 0) === 0) await sql`analyze`.execute(db.kysely);
  else await sql`pragma optimize`.execute(db.kysely);
}

/** Applies pending migrations; Kysely holds a lock so concurrent starts apply each once. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db: db.kysely, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  if (db.engine === "sqlite") await refreshPlannerStatistics(db);
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
