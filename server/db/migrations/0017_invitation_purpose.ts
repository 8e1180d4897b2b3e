import type { Kysely } from "kysely";

/**
 * An invitation row is either a workspace invitation or the set-password link an import
 * issued for one imported account (P7: only that link may set the account's first password).
 * Links issued before this migration stay plain invitations: they no longer open an imported
 * account, and the operator issues new ones with `npm run import -- --set-password-links`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("invitations")
    .addColumn("purpose", "varchar(16)", (c) => c.notNull().defaultTo("invitation"))
    .execute();
  await db.schema
    .alterTable("invitations")
    .addColumn("user_id", "varchar(64)", (c) => c.references("users.id").onDelete("cascade"))
    .execute();
  await db.schema.createIndex("invitations_user_id_idx").on("invitations").column("user_id").execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
