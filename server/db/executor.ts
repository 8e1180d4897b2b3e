import type { Kysely } from "kysely";
import type { Db } from "./database.js";
import type { Database } from "./schema.js";

/**
 * What a repository runs its statements on: the database, or a transaction of it
 * (a Kysely `Transaction` is a `Kysely`). Repositories take one and never reach for
 * another; services never build a query themselves.
 */
export type Executor = Kysely<Database>;

/** Marks the `Db` a transaction hands out, so a nested `withTransaction` joins it. */
const inTransaction = Symbol("inTransaction");

type TransactionDb = Db & { [inTransaction]?: true };

const refuseDestroy = () => Promise.reject(new Error("a transaction's handle can't close the database"));

/**
 * Runs `work` in one transaction. It receives the same dependencies with `db` bound to
 * the transaction; name its parameter `deps` so the outer handle is shadowed and can't
 * be reached by mistake (using the pool inside a transaction hangs on SQLite and runs
 * outside the transaction on PostgreSQL). `tests/architecture` checks the shadowing.
 * Inside a transaction already, `work` joins it.
 */
export function withTransaction<D extends { db: Db }, T>(deps: D, work: (deps: D) => Promise<T>): Promise<T> {
  const db: TransactionDb = deps.db;
  if (db[inTransaction]) return work(deps);
  return db.kysely.transaction().execute((trx) => {
    const bound: TransactionDb = { kysely: trx, engine: db.engine, destroy: refuseDestroy, [inTransaction]: true };
    return work({ ...deps, db: bound });
  });
}
