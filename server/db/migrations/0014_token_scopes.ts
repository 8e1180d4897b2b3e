import type { Kysely } from "kysely";

/**
 * API tokens get scopes ("read", "write"), stored space-separated. Tokens made
 * before scopes existed keep the full access they were created with.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("api_tokens")
    .addColumn("scopes", "varchar(32)", (c) => c.notNull().defaultTo("read write"))
    .execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
