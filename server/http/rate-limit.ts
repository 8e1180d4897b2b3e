import { sql } from "kysely";
import type { Clock } from "../clock.js";
import type { Db } from "../db/database.js";
import { tooManyRequests } from "./errors.js";

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit against `key` in a fixed window kept in the database, so
 * every app node shares the count. Throws 429 with Retry-After when over.
 */
export async function consumeRateLimit(db: Db, clock: Clock, key: string, rule: RateLimitRule): Promise<void> {
  const now = clock.now();
  const nowIso = now.toISOString();
  const windowFloor = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
  const row = await db.kysely
    .insertInto("rateLimits")
    .values({ key, windowStart: nowIso, count: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql<number>`case when rate_limits.window_start <= ${windowFloor} then 1 else rate_limits.count + 1 end`,
        windowStart: sql<string>`case when rate_limits.window_start <= ${windowFloor} then ${nowIso} else rate_limits.window_start end`,
      }),
    )
    .returning(["count", "windowStart"])
    .executeTakeFirstOrThrow();
  if (Number(row.count) > rule.limit) {
    const resetsAt = new Date(row.windowStart).getTime() + rule.windowSeconds * 1000;
    throw tooManyRequests(Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000)));
  }
}
