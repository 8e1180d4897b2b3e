import { sql } from "kysely";
import type { Executor } from "../db/executor.js";

/** Sends a PostgreSQL notification; inside a transaction, it is delivered when that commits. */
export async function pgNotify(db: Executor, channel: string, payload: string): Promise<void> {
  await sql`select pg_notify(${channel}, ${payload})`.execute(db);
}
