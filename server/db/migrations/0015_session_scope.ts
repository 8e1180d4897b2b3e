import type { Kysely } from "kysely";

/**
 * A session may be held to one workspace: a sign-in through a workspace's
 * identity provider reaches that workspace only (P7). Null means the
 * password sign-in's session, which reaches every workspace of the person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("sessions")
    .addColumn("organization_id", "varchar(36)", (c) => c.references("organizations.id").onDelete("cascade"))
    .execute();
  await db.schema.createIndex("sessions_organization_id_idx").on("sessions").column("organization_id").execute();
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
