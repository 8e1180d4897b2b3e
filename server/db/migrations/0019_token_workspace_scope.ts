import type { Kysely } from "kysely";

/**
 * An API token minted by a session held to one workspace is held to that workspace too
 * (ADR 0017): it must not reach the person's other workspaces, now or once they join one.
 * Null: a token from a password sign-in, reaching every workspace of the person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("api_tokens")
    .addColumn("organization_id", "varchar(36)", (c) => c.references("organizations.id").onDelete("cascade"))
    .execute();
  await db.schema.createIndex("api_tokens_organization_id_idx").on("api_tokens").column("organization_id").execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
