import type { FastifyBaseLogger } from "fastify";
import type { Clock } from "../clock.js";
import type { Db } from "../db/database.js";
import { upsertPresence } from "../modules/meetings/meeting-section.repo.js";

/** A person's last visit to a meeting is stored at most this often while they stay connected. */
export const PRESENCE_WRITE_MS = 60_000;

/**
 * When each participant was last connected to a meeting, stored (not only held here) so
 * "last here 2 h ago" survives restarts and is the same on every server; throttled per person.
 */
export class PresenceLog {
  private readonly written = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** The person is on the meeting's page now; `leaving` stores it even within the throttle. */
  seen(meetingId: string, userId: string, leaving = false): void {
    const key = `${meetingId}:${userId}`;
    const now = this.clock.now();
    const last = this.written.get(key);
    if (!leaving && last !== undefined && now.getTime() - last < PRESENCE_WRITE_MS) return;
    this.written.set(key, now.getTime());
    upsertPresence(this.db.kysely, meetingId, userId, now.toISOString()).catch((error: unknown) =>
      this.log.warn({ err: error, meetingId }, "live: cannot record presence"),
    );
  }

  /** Forgets throttle entries old enough not to matter. */
  prune(): void {
    const cutoff = this.clock.now().getTime() - PRESENCE_WRITE_MS;
    for (const [key, at] of this.written) if (at < cutoff) this.written.delete(key);
  }
}
