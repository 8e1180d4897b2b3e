import { sql } from "kysely";
import { BUS_CHANNEL } from "../../server/live/bus.js";
import type { TestDb } from "./test-db.js";

/** Waits until `count` server processes hold their LISTEN connection, so no notification between them is missed. */
export async function waitForListeners(testDb: TestDb, count: number, timeoutMs = 20_000): Promise<void> {
  const listening = async () => {
    const result = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and query = ${`LISTEN ${BUS_CHANNEL}`}`.execute(testDb.db.kysely);
    return result.rows[0]?.n ?? 0;
  };
  const deadline = Date.now() + timeoutMs;
  while ((await listening()) < count) {
    if (Date.now() > deadline) throw new Error(`Fewer than ${count} processes listen on ${BUS_CHANNEL}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
