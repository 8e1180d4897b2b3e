import type { SelectQueryBuilder } from "kysely";
import type { Engine } from "./database.js";

/**
 * Adds FOR UPDATE on PostgreSQL. SQLite needs nothing: a write transaction
 * already holds the database lock.
 */
export function forUpdate<DB, TB extends keyof DB, O>(
  engine: Engine,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return engine === "postgres" ? query.forUpdate() : query;
}
