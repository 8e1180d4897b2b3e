import type { Kysely } from "kysely";

/**
 * A held meeting stays editable until the pair's next meeting starts; `edited_after_at` is
 * when its shared notes, next steps or ticks last changed after it was completed (null when
 * they never did), so its history can say "edited after the meeting".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("meetings").addColumn("edited_after_at", "varchar(32)").execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
