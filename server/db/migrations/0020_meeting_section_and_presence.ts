import type { Kysely } from "kysely";

/**
 * The meeting's shared run state and who was last here (issue 17):
 * - `meetings.section_key`, `section_started_at`, `section_paused_at`: the section both people are on and
 *   its clock (null until someone moves on: the first section, timed from `started_at`).
 * - `meeting_presence`: when each participant was last connected to the meeting's page, kept
 *   across restarts and servers, written at most once a minute per person.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite adds a single column at a time.
  await db.schema.alterTable("meetings").addColumn("section_key", "varchar(64)").execute();
  await db.schema.alterTable("meetings").addColumn("section_started_at", "varchar(32)").execute();
  await db.schema.alterTable("meetings").addColumn("section_paused_at", "varchar(32)").execute();
  await db.schema
    .createTable("meeting_presence")
    .addColumn("meeting_id", "varchar(64)", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("user_id", "varchar(64)", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("last_seen_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("meeting_presence_pk", ["meeting_id", "user_id"])
    .execute();
  await db.schema.createIndex("meeting_presence_user_id_idx").on("meeting_presence").column("user_id").execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
