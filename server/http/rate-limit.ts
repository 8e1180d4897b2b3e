import type { Clock } from "../clock.js";
import type { Db } from "../db/database.js";
import { tooManyRequests } from "./errors.js";
import { countRateLimitHit } from "./rate-limits.repo.js";

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
  const row = await countRateLimitHit(db.kysely, key, nowIso, windowFloor);
  if (Number(row.count) > rule.limit) {
    const resetsAt = new Date(row.windowStart).getTime() + rule.windowSeconds * 1000;
    throw tooManyRequests(Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000)));
  }
}
