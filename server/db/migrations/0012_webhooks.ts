import type { Kysely } from "kysely";

/** Webhook endpoints a workspace admin registers, and one durable delivery row per event and endpoint. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("webhook_endpoints")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("organization_id", "varchar(64)", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("url", "varchar(2048)", (c) => c.notNull())
    .addColumn("description", "varchar(200)", (c) => c.notNull().defaultTo(""))
    // A JSON array of event types.
    .addColumn("events", "text", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull().defaultTo(1))
    // The signing secret is derived from the server secret and this version; nothing secret is stored.
    .addColumn("secret_version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("previous_secret_version", "integer")
    .addColumn("previous_secret_expires_at", "varchar(32)")
    .addColumn("created_by", "varchar(64)", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("webhook_endpoints_org_idx")
    .on("webhook_endpoints")
    .columns(["organization_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("webhook_endpoints_created_by_idx")
    .on("webhook_endpoints")
    .column("created_by")
    .execute();
  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("endpoint_id", "varchar(64)", (c) => c.notNull().references("webhook_endpoints.id").onDelete("cascade"))
    .addColumn("organization_id", "varchar(64)", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("event_id", "varchar(64)", (c) => c.notNull())
    .addColumn("event_type", "varchar(64)", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "varchar(32)")
    .addColumn("locked_until", "varchar(32)")
    .addColumn("last_attempt_at", "varchar(32)")
    .addColumn("response_status", "integer")
    .addColumn("response_body", "text")
    .addColumn("last_error", "text")
    .addColumn("duration_ms", "integer")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("delivered_at", "varchar(32)")
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_due_idx")
    .on("webhook_deliveries")
    .columns(["status", "next_attempt_at"])
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_endpoint_idx")
    .on("webhook_deliveries")
    .columns(["endpoint_id", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_org_idx")
    .on("webhook_deliveries")
    .columns(["organization_id", "created_at"])
    .execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
