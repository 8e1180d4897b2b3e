import type { Kysely } from "kysely";

/** Notification preferences, and outbox columns for claiming and retrying deliveries. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("notification_preferences")
    .addColumn("user_id", "varchar(64)", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("reminders", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("recaps", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("digest", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("nudges", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.alterTable("outbox_messages").addColumn("next_attempt_at", "varchar(32)").execute();
  await db.schema.alterTable("outbox_messages").addColumn("locked_until", "varchar(32)").execute();
  await db.schema.alterTable("outbox_messages").addColumn("to_user_id", "varchar(64)").execute();
  await db.schema.alterTable("outbox_messages").addColumn("ics_method", "varchar(16)").execute();
  await db.schema.alterTable("outbox_messages").addColumn("ics_content", "text").execute();
  await db.schema
    .createIndex("outbox_messages_due_idx")
    .on("outbox_messages")
    .columns(["status", "next_attempt_at"])
    .execute();
  await db.schema.alterTable("meetings").addColumn("reminded_for", "varchar(32)").execute();
  await db.schema
    .createIndex("meetings_reminder_idx")
    .on("meetings")
    .columns(["status", "scheduled_at", "one_on_one_id"])
    .execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
