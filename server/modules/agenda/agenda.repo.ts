import type { Insertable, Updateable } from "kysely";
import type { Executor } from "../../db/executor.js";
import type { AgendaItemsTable } from "../../db/schema.js";

/** The position after the last talking point of a section (0 for an empty section). */
export async function nextAgendaPosition(db: Executor, meetingId: string, sectionKey: string): Promise<number> {
  const last = await db
    .selectFrom("agendaItems")
    .select((eb) => eb.fn.max("position").as("max"))
    .where("meetingId", "=", meetingId)
    .where("sectionKey", "=", sectionKey)
    .executeTakeFirst();
  return last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
}

/** One talking point by id. */
export function findAgendaItem(db: Executor, itemId: string) {
  return db.selectFrom("agendaItems").selectAll().where("id", "=", itemId).executeTakeFirst();
}

/** Stores a talking point. */
export async function insertAgendaItem(db: Executor, row: Insertable<AgendaItemsTable>): Promise<void> {
  await db.insertInto("agendaItems").values(row).execute();
}

/** The other talking points of a section, in order. */
export function listSectionSiblings(db: Executor, meetingId: string, sectionKey: string, exceptId: string) {
  return db
    .selectFrom("agendaItems")
    .select(["id", "position"])
    .where("meetingId", "=", meetingId)
    .where("sectionKey", "=", sectionKey)
    .where("id", "!=", exceptId)
    .orderBy("position")
    .orderBy("createdAt")
    .execute();
}

/** Changes a talking point. */
export async function updateAgendaItemRow(db: Executor, itemId: string, changes: Updateable<AgendaItemsTable>) {
  await db.updateTable("agendaItems").set(changes).where("id", "=", itemId).execute();
}

/** Deletes a talking point. */
export async function deleteAgendaItemRow(db: Executor, itemId: string): Promise<void> {
  await db.deleteFrom("agendaItems").where("id", "=", itemId).execute();
}
