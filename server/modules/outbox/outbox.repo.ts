import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import type { Db } from "../../db/database.js";
import type { Executor } from "../../db/executor.js";
import { type Keyset, newestFirst } from "../../db/keyset.js";
import type { Database, NotificationPreferencesTable, OutboxMessagesTable } from "../../db/schema.js";

/** Tables of work a sweep sends: e-mails of the outbox and webhook deliveries. */
type ClaimTable = "outboxMessages" | "webhookDeliveries";

/** The columns the claim reads and writes, common to both tables. */
interface ClaimableRow {
  id: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lockedUntil: string | null;
}

/** How long a claim holds a row before another process may take it over (a crashed sender). */
const CLAIM_MS = 5 * 60 * 1000;

/**
 * Claims due rows atomically — pending, failed and due for a retry, or stuck
 * in a claim that expired — so each is sent by exactly one process, however
 * many sweep. One statement: it takes the write lock at once (SQLite) and skips
 * rows another process holds (PostgreSQL).
 */
export async function claimDue<T extends ClaimTable>(
  db: Db,
  at: Date,
  table: T,
  options: { limit: number; onlyId?: string | undefined; maxAttempts?: number },
): Promise<Selectable<Database[T]>[]> {
  // Both tables share these columns; Kysely cannot see that through a generic table name.
  const kysely = db.kysely as unknown as Kysely<Record<ClaimTable, ClaimableRow>>;
  const now = at.toISOString();
  const lockedUntil = new Date(at.getTime() + CLAIM_MS).toISOString();
  let due = kysely
    .selectFrom(table as ClaimTable)
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([
          eb("status", "in", ["pending", "failed"]),
          eb("nextAttemptAt", "<=", now),
          ...(options.maxAttempts === undefined ? [] : [eb("attempts", "<", options.maxAttempts)]),
        ]),
        eb.and([eb("status", "=", "sending"), eb("lockedUntil", "<", now)]),
      ]),
    )
    .orderBy("nextAttemptAt")
    .limit(options.limit);
  if (options.onlyId) due = due.where("id", "=", options.onlyId);
  if (db.engine === "postgres") due = due.forUpdate().skipLocked();
  const claimed = await kysely
    .updateTable(table as ClaimTable)
    .set({ status: "sending", lockedUntil })
    .where("id", "in", due)
    .returningAll()
    .execute();
  return claimed as unknown as Selectable<Database[T]>[];
}

/** Stores an outbox message unless one with its idempotency key exists; false then. */
export async function insertOutboxMessage(db: Executor, row: Insertable<OutboxMessagesTable>): Promise<boolean> {
  const inserted = await db
    .insertInto("outboxMessages")
    .values(row)
    .onConflict((oc) => oc.column("idempotencyKey").doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Records the outcome of one delivery attempt of a claimed message (and releases the claim). */
export async function updateOutboxMessage(
  db: Executor,
  id: string,
  outcome: Pick<Updateable<OutboxMessagesTable>, "status" | "sentAt" | "attempts" | "lastError" | "nextAttemptAt">,
): Promise<void> {
  await db
    .updateTable("outboxMessages")
    .set({ ...outcome, lockedUntil: null })
    .where("id", "=", id)
    .execute();
}

/** The delivery state of one outbox message. */
export async function findOutboxMessageStatus(db: Executor, id: string): Promise<string | undefined> {
  const row = await db.selectFrom("outboxMessages").select("status").where("id", "=", id).executeTakeFirst();
  return row?.status;
}

/** A page of the workspace's messages, newest first; one more than `limit` (see `keysetPage`). */
export function listOutboxPage(db: Executor, organizationId: string, before: string | Keyset | null, limit: number) {
  return newestFirst(
    db.selectFrom("outboxMessages").selectAll().where("organizationId", "=", organizationId),
    { at: "createdAt", id: "id" },
    before,
    limit,
  ).execute();
}

/** A user's stored e-mail preferences, if they changed any. */
export function findNotificationPreferences(db: Executor, userId: string) {
  return db.selectFrom("notificationPreferences").selectAll().where("userId", "=", userId).executeTakeFirst();
}

/** Stores a user's e-mail preferences. */
export async function saveNotificationPreferences(
  db: Executor,
  row: Insertable<NotificationPreferencesTable>,
): Promise<void> {
  await db
    .insertInto("notificationPreferences")
    .values(row)
    .onConflict((oc) => oc.column("userId").doUpdateSet(row))
    .execute();
}
