import type { Insertable, Selectable } from "kysely";
import type { Db } from "../db/database.js";
import type { Executor } from "../db/executor.js";
import { forUpdate } from "../db/locking.js";
import type { NotesTable } from "../db/schema.js";

/** Inserts the meeting's shared-note row unless it exists. */
export async function insertSharedNoteUnlessStored(db: Executor, row: Insertable<NotesTable>): Promise<void> {
  await db
    .insertInto("notes")
    .values(row)
    .onConflict((oc) => oc.columns(["meetingId", "ownerKey"]).doNothing())
    .execute();
}

/** The meeting's shared-note row, locked until the transaction ends (PostgreSQL; SQLite's writer lock suffices). */
export function lockSharedNote(db: Db, meetingId: string) {
  return forUpdate(
    db.engine,
    db.kysely
      .selectFrom("notes")
      .select(["id", "body", "version", "updatedAt", "updatedBy", "yState"])
      .where("meetingId", "=", meetingId)
      .where("ownerKey", "=", "shared"),
  ).executeTakeFirstOrThrow();
}

/** Stores a shared note's document, its Markdown and version. */
export async function updateSharedNote(
  db: Executor,
  id: string,
  change: Pick<Selectable<NotesTable>, "yState" | "body" | "version" | "updatedAt" | "updatedBy">,
): Promise<void> {
  await db.updateTable("notes").set(change).where("id", "=", id).execute();
}

/** The stored Yjs state of a meeting's shared note, if the row exists. */
export function findSharedNoteState(db: Executor, meetingId: string) {
  return db
    .selectFrom("notes")
    .select("yState")
    .where("meetingId", "=", meetingId)
    .where("ownerKey", "=", "shared")
    .executeTakeFirst();
}
