import type { Kysely } from "kysely";

/**
 * Talking points and actions get a version, as notes have, bumped by every
 * change: a client that sends the version it saw (`baseVersion`) gets 409
 * instead of silently overwriting a change it never saw.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ["agenda_items", "action_items"]) {
    await db.schema
      .alterTable(table)
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
  }
}
