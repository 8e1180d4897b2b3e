import type { Db } from "./database.js";
import { type Executor, withTransaction } from "./executor.js";

/**
 * Runs `reads` in one transaction, so every table is read as of the same moment: on
 * PostgreSQL at REPEATABLE READ (SQLite's transactions already are). Like `withTransaction`,
 * the work receives the transaction's executor only.
 */
export function withReadSnapshot<T>(deps: { db: Db }, reads: (db: Executor) => Promise<T>): Promise<T> {
  if (deps.db.engine !== "postgres") return withTransaction(deps, (deps) => reads(deps.db.kysely));
  return deps.db.kysely
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute((trx) => reads(trx));
}
