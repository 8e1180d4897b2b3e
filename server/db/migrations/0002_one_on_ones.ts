import type { Kysely } from "kysely";

/** Templates, 1:1 series, meetings, agenda, standing items, notes, actions and ratings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("templates")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("organization_id", "varchar(64)", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("owner_id", "varchar(64)", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("scope", "varchar(16)", (c) => c.notNull())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("sections", "text", (c) => c.notNull())
    .addColumn("archived_at", "varchar(32)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("templates_org_idx").on("templates").columns(["organization_id", "scope"]).execute();

  await db.schema
    .createTable("one_on_ones")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("organization_id", "varchar(64)", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("leader_id", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("teammate_id", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    .addColumn("cadence_frequency", "varchar(32)", (c) => c.notNull())
    .addColumn("cadence_interval", "integer")
    .addColumn("cadence_weekday", "varchar(2)")
    .addColumn("cadence_nth", "integer")
    .addColumn("first_meeting_at", "varchar(32)", (c) => c.notNull())
    .addColumn("anchor_at", "varchar(32)", (c) => c.notNull())
    .addColumn("timezone", "varchar(64)", (c) => c.notNull())
    .addColumn("duration_minutes", "integer", (c) => c.notNull())
    .addColumn("template_id", "varchar(64)")
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("reminder_minutes_before", "integer", (c) => c.notNull().defaultTo(1440))
    .addColumn("created_by", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("one_on_ones_leader_idx").on("one_on_ones").columns(["leader_id", "status"]).execute();
  await db.schema
    .createIndex("one_on_ones_teammate_idx")
    .on("one_on_ones")
    .columns(["teammate_id", "status"])
    .execute();
  await db.schema.createIndex("one_on_ones_org_idx").on("one_on_ones").column("organization_id").execute();

  await db.schema
    .createTable("meetings")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("one_on_one_id", "varchar(64)", (c) => c.notNull().references("one_on_ones.id").onDelete("cascade"))
    .addColumn("organization_id", "varchar(64)", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("scheduled_at", "varchar(32)", (c) => c.notNull())
    .addColumn("original_scheduled_at", "varchar(32)")
    .addColumn("duration_minutes", "integer", (c) => c.notNull())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("template_id", "varchar(64)")
    .addColumn("template_name", "varchar(200)", (c) => c.notNull())
    .addColumn("sections", "text", (c) => c.notNull())
    .addColumn("started_at", "varchar(32)")
    .addColumn("completed_at", "varchar(32)")
    .addColumn("canceled_at", "varchar(32)")
    .addColumn("cancel_reason", "text")
    .addColumn("reschedule_reason", "text")
    .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("meetings_series_idx")
    .on("meetings")
    .columns(["one_on_one_id", "scheduled_at", "id"])
    .execute();
  await db.schema.createIndex("meetings_status_idx").on("meetings").columns(["status", "scheduled_at"]).execute();
  await db.schema.createIndex("meetings_org_idx").on("meetings").columns(["organization_id", "scheduled_at"]).execute();

  await db.schema
    .createTable("standing_items")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("one_on_one_id", "varchar(64)", (c) => c.notNull().references("one_on_ones.id").onDelete("cascade"))
    .addColumn("section_key", "varchar(64)", (c) => c.notNull())
    .addColumn("author_id", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("removed_at", "varchar(32)")
    .execute();
  await db.schema.createIndex("standing_items_series_idx").on("standing_items").column("one_on_one_id").execute();

  await db.schema
    .createTable("agenda_items")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("meeting_id", "varchar(64)", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("one_on_one_id", "varchar(64)", (c) => c.notNull().references("one_on_ones.id").onDelete("cascade"))
    .addColumn("section_key", "varchar(64)", (c) => c.notNull())
    .addColumn("author_id", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("discussed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("carried_from_id", "varchar(64)", (c) => c.references("agenda_items.id").onDelete("set null"))
    .addColumn("standing_item_id", "varchar(64)", (c) => c.references("standing_items.id").onDelete("set null"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("agenda_items_meeting_idx")
    .on("agenda_items")
    .columns(["meeting_id", "section_key", "position"])
    .execute();
  await db.schema.createIndex("agenda_items_carried_idx").on("agenda_items").column("carried_from_id").execute();

  await db.schema
    .createTable("notes")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("meeting_id", "varchar(64)", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    .addColumn("owner_key", "varchar(64)", (c) => c.notNull())
    .addColumn("author_id", "varchar(64)", (c) => c.references("users.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_by", "varchar(64)", (c) => c.references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addUniqueConstraint("notes_meeting_owner_unique", ["meeting_id", "owner_key"])
    .execute();

  await db.schema
    .createTable("action_items")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("one_on_one_id", "varchar(64)", (c) => c.notNull().references("one_on_ones.id").onDelete("cascade"))
    .addColumn("meeting_id", "varchar(64)", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("owner_id", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("title", "varchar(500)", (c) => c.notNull())
    .addColumn("due_date", "varchar(10)")
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("completed_at", "varchar(32)")
    .addColumn("created_by", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("action_items_series_idx")
    .on("action_items")
    .columns(["one_on_one_id", "status"])
    .execute();
  await db.schema.createIndex("action_items_owner_idx").on("action_items").columns(["owner_id", "status"]).execute();
  await db.schema.createIndex("action_items_meeting_idx").on("action_items").column("meeting_id").execute();

  await db.schema
    .createTable("ratings")
    .addColumn("meeting_id", "varchar(64)", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("user_id", "varchar(64)", (c) => c.notNull().references("users.id"))
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("ratings_pk", ["meeting_id", "user_id"])
    .execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
