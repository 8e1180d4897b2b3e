import { type Kysely, PostgresAdapter } from "kysely";

/**
 * Shared notes become a Yjs document: the binary state lives next to the Markdown
 * body, which stays the readable copy for search, recaps and export. Existing
 * notes keep their body; their document is built from it on first use.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? "bytea" : "blob";
  await db.schema.alterTable("notes").addColumn("y_state", binary).execute();
}
