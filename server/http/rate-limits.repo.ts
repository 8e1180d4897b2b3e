import { sql } from "kysely";
import type { Executor } from "../db/executor.js";

/**
 * Counts one hit against `key` in its fixed window: a window started at or before
 * `windowFloor` starts again at `nowIso` with 1. Returns the count and window start.
 */
export function countRateLimitHit(db: Executor, key: string, nowIso: string, windowFloor: string) {
  return db
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
}
