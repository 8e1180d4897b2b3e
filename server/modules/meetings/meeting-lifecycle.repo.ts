import type { Insertable, Updateable } from "kysely";
import type { Db } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { forUpdate } from "../../db/locking.js";
import type { AgendaItemsTable, MeetingsTable } from "../../db/schema.js";

/** Changes a meeting only while it is scheduled; false when it was closed meanwhile. */
export async function updateScheduledMeeting(
  db: Executor,
  meetingId: string,
  changes: Updateable<MeetingsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("meetings")
    .set(changes)
    .where("id", "=", meetingId)
    .where("status", "=", "scheduled")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Changes a meeting. */
export async function updateMeeting(db: Executor, meetingId: string, changes: Updateable<MeetingsTable>) {
  await db.updateTable("meetings").set(changes).where("id", "=", meetingId).execute();
}

const STATE_COLUMNS = ["id", "oneOnOneId", "status", "scheduledAt", "startedAt"] as const;

/** A meeting's status (and what its abilities depend on) as it is now, or undefined. */
export async function findMeetingStatus(db: Executor, meetingId: string) {
  return db.selectFrom("meetings").select(STATE_COLUMNS).where("id", "=", meetingId).executeTakeFirst();
}

/**
 * Locks a meeting's row until the transaction ends (PostgreSQL; SQLite runs one
 * transaction at a time) and reads its status under the lock.
 */
export function lockMeeting(db: Db, meetingId: string) {
  return forUpdate(
    db.engine,
    db.kysely.selectFrom("meetings").select(STATE_COLUMNS).where("id", "=", meetingId),
  ).executeTakeFirst();
}

/** Stores a new meeting. */
export async function insertMeeting(db: Executor, meeting: Insertable<MeetingsTable>): Promise<void> {
  await db.insertInto("meetings").values(meeting).execute();
}

/** The 1:1's upcoming (scheduled) meeting, if any. */
export function findScheduledMeeting(db: Executor, oneOnOneId: string) {
  return db
    .selectFrom("meetings")
    .selectAll()
    .where("oneOnOneId", "=", oneOnOneId)
    .where("status", "=", "scheduled")
    .orderBy("scheduledAt")
    .executeTakeFirst();
}

/** A template still in use, by id: its name and sections. */
export function findActiveTemplate(db: Executor, templateId: string) {
  return db
    .selectFrom("templates")
    .select(["name", "sections"])
    .where("id", "=", templateId)
    .where("archivedAt", "is", null)
    .executeTakeFirst();
}

/** Stores talking points (carried over, or a 1:1's standing items on a new meeting). */
export async function insertAgendaItems(db: Executor, rows: Insertable<AgendaItemsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto("agendaItems").values(rows).execute();
}

/** A meeting's talking points not yet discussed and not standing, in agenda order. */
export function listUndiscussedItems(db: Executor, meetingId: string) {
  return db
    .selectFrom("agendaItems")
    .selectAll()
    .where("meetingId", "=", meetingId)
    .where("discussed", "=", 0)
    .where("standingItemId", "is", null)
    .orderBy("sectionKey")
    .orderBy("position")
    .execute();
}

/** The last position used in each section of a meeting. */
export function listLastPositions(db: Executor, meetingId: string) {
  return db
    .selectFrom("agendaItems")
    .select(["sectionKey", (eb) => eb.fn.max("position").as("max")])
    .where("meetingId", "=", meetingId)
    .groupBy("sectionKey")
    .execute();
}

/** Stores a participant's rating of a meeting, replacing an earlier one. */
export async function upsertRating(
  db: Executor,
  row: { meetingId: string; userId: string; score: number; now: string },
): Promise<void> {
  const { meetingId, userId, score, now } = row;
  await db
    .insertInto("ratings")
    .values({ meetingId, userId, score, createdAt: now, updatedAt: now })
    .onConflict((oc) => oc.columns(["meetingId", "userId"]).doUpdateSet({ score, updatedAt: now }))
    .execute();
}

/** What a meeting's recap says: the shared note, the points discussed, the next steps set. */
export async function loadRecapContent(db: Executor, meetingId: string) {
  const [shared, discussed, actions] = await Promise.all([
    db
      .selectFrom("notes")
      .select("body")
      .where("meetingId", "=", meetingId)
      .where("ownerKey", "=", "shared")
      .executeTakeFirst(),
    db
      .selectFrom("agendaItems")
      .select("body")
      .where("meetingId", "=", meetingId)
      .where("discussed", "=", 1)
      .orderBy("sectionKey")
      .orderBy("position")
      .execute(),
    db
      .selectFrom("actionItems")
      .select(["title", "ownerId", "dueDate"])
      .where("meetingId", "=", meetingId)
      .orderBy("createdAt")
      .execute(),
  ]);
  return { shared, discussed, actions };
}
