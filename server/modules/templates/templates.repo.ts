import type { Kysely } from "kysely";
import type { Database, TemplatesTable } from "../../db/schema.js";

/** Workspace templates plus the user's personal ones, by name. */
export function listVisibleTemplates(
  db: Kysely<Database>,
  organizationId: string,
  userId: string,
  includeArchived: boolean,
) {
  let query = db
    .selectFrom("templates")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .where((eb) =>
      eb.or([eb("scope", "=", "organization"), eb.and([eb("scope", "=", "personal"), eb("ownerId", "=", userId)])]),
    );
  if (!includeArchived) query = query.where("archivedAt", "is", null);
  return query.orderBy("name").orderBy("id").execute();
}

/** One template by id. */
export function findTemplate(db: Kysely<Database>, id: string) {
  return db.selectFrom("templates").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Stores a template. */
export async function insertTemplate(db: Kysely<Database>, row: TemplatesTable): Promise<void> {
  await db.insertInto("templates").values(row).execute();
}

/** Changes a template. */
export async function updateTemplate(db: Kysely<Database>, id: string, patch: Partial<TemplatesTable>): Promise<void> {
  await db.updateTable("templates").set(patch).where("id", "=", id).execute();
}
