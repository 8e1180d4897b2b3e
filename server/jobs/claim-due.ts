import type { Kysely, Selectable } from "kysely";
import type { Deps } from "../context.js";
import type { Database } from "../db/schema.js";

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
  deps: Deps,
  table: T,
  options: { limit: number; onlyId?: string | undefined; maxAttempts?: number },
): Promise<Selectable<Database[T]>[]> {
  // Both tables share these columns; Kysely cannot see that through a generic table name.
  const kysely = deps.db.kysely as unknown as Kysely<Record<ClaimTable, ClaimableRow>>;
  const now = deps.clock.now().toISOString();
  const lockedUntil = new Date(deps.clock.now().getTime() + CLAIM_MS).toISOString();
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
  if (deps.db.engine === "postgres") due = due.forUpdate().skipLocked();
  const claimed = await kysely
    .updateTable(table as ClaimTable)
    .set({ status: "sending", lockedUntil })
    .where("id", "in", due)
    .returningAll()
    .execute();
  return claimed as unknown as Selectable<Database[T]>[];
}
