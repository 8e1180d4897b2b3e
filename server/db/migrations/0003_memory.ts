import type { Kysely } from "kysely";

/** Check-ins, feedback, development goals with progress notes, and actions linked to goals. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("check_ins")
    .addColumn("meeting_id", "varchar(64)", (c) => c.primaryKey().references("meetings.id").onDelete("cascade"))
    .addColumn("one_on_one_id", "varchar(64)", (c) => c.notNull().references("one_on_ones.id").onDelete("cascade"))
    .addColumn("user_id", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("mood", "integer", (c) => c.notNull())
    .addColumn("energy", "integer")
    .addColumn("note", "text")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("check_ins_series_idx").on("check_ins").column("one_on_one_id").execute();

  await db.schema
    .createTable("feedback")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("one_on_one_id", "varchar(64)", (c) => c.notNull().references("one_on_ones.id").onDelete("cascade"))
    .addColumn("meeting_id", "varchar(64)", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("from_user_id", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("to_user_id", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("example", "text")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("feedback_series_idx").on("feedback").columns(["one_on_one_id", "created_at"]).execute();
  await db.schema.createIndex("feedback_meeting_idx").on("feedback").column("meeting_id").execute();

  await db.schema
    .createTable("goals")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("one_on_one_id", "varchar(64)", (c) => c.notNull().references("one_on_ones.id").onDelete("cascade"))
    .addColumn("teammate_id", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("title", "varchar(300)", (c) => c.notNull())
    .addColumn("why", "text")
    .addColumn("target_date", "varchar(10)")
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("created_by", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("goals_series_idx").on("goals").columns(["one_on_one_id", "status"]).execute();

  await db.schema
    .createTable("goal_progress")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("goal_id", "varchar(64)", (c) => c.notNull().references("goals.id").onDelete("cascade"))
    .addColumn("meeting_id", "varchar(64)", (c) => c.references("meetings.id").onDelete("set null"))
    .addColumn("author_id", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("goal_progress_goal_idx")
    .on("goal_progress")
    .columns(["goal_id", "created_at"])
    .execute();

  await db.schema
    .alterTable("action_items")
    .addColumn("goal_id", "varchar(64)", (c) => c.references("goals.id").onDelete("set null"))
    .execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
