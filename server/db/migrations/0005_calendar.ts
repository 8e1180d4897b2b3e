import type { Kysely } from "kysely";

/** Calendar feed versions (rotation) and a SEQUENCE per series for calendar updates. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("user_id", "varchar(64)", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("rotated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable("one_on_ones")
    .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
