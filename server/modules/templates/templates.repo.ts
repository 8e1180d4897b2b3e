import type { Executor } from "../../db/executor.js";
import type { TemplatesTable } from "../../db/schema.js";

/** Workspace templates plus the user's personal ones, by name. */
export function listVisibleTemplates(db: Executor, organizationId: string, userId: string, includeArchived: boolean) {
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
export function findTemplate(db: Executor, id: string) {
  return db.selectFrom("templates").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Stores a template. */
export async function insertTemplate(db: Executor, row: TemplatesTable): Promise<void> {
  await db.insertInto("templates").values(row).execute();
}

/** Changes a template. */
export async function updateTemplate(db: Executor, id: string, patch: Partial<TemplatesTable>): Promise<void> {
  await db.updateTable("templates").set(patch).where("id", "=", id).execute();
}
