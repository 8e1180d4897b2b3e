import type { Executor } from "../../db/executor.js";
import type { NotesTable } from "../../db/schema.js";

/** A meeting's note of one owner ("shared", or the author of a private note), or undefined. */
export function findNote(db: Executor, meetingId: string, ownerKey: string) {
  return db
    .selectFrom("notes")
    .select(["body", "version", "updatedAt", "updatedBy"])
    .where("meetingId", "=", meetingId)
    .where("ownerKey", "=", ownerKey)
    .executeTakeFirst();
}

/** Stores the first version of a note; false when one exists already. */
export async function insertFirstNote(db: Executor, row: Omit<NotesTable, "yState">): Promise<boolean> {
  const inserted = await db
    .insertInto("notes")
    .values(row)
    .onConflict((oc) => oc.columns(["meetingId", "ownerKey"]).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Writes a note on top of `baseVersion`; false when it has moved past it. */
export async function updateNoteAtVersion(
  db: Executor,
  note: { meetingId: string; ownerKey: string; baseVersion: number },
  changes: { body: string; version: number; updatedBy: string; updatedAt: string },
): Promise<boolean> {
  const updated = await db
    .updateTable("notes")
    .set(changes)
    .where("meetingId", "=", note.meetingId)
    .where("ownerKey", "=", note.ownerKey)
    .where("version", "=", note.baseVersion)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
