import type { FastifyBaseLogger } from "fastify";
import type { Kysely, Transaction } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config.js";
import type { Database } from "../db/schema.js";
import { pgNotify } from "./bus.repo.js";

/** What one app process tells the others about a meeting. */
export type BusMessage =
  /** A live event for a meeting (`meetingId`) or for every meeting of a pair (`oneOnOneId`). */
  | { kind: "event"; origin: string; meetingId?: string; oneOnOneId?: string; event: unknown; onlyUser?: string }
  /** A Yjs update of a meeting's shared notes, already committed (base64). */
  | { kind: "doc"; origin: string; meetingId: string; update: string }
  /** The update was too large to carry: read the document from the database. */
  | { kind: "doc-ref"; origin: string; meetingId: string }
  /** A presence (Yjs awareness) update (base64). */
  | { kind: "awareness"; origin: string; meetingId: string; update: string }
  /** A process opened the meeting's room: the others say who is on the page through them. */
  | { kind: "awareness-query"; origin: string; meetingId: string }
  /** Someone signed out, changed their password, lost a token or was deactivated: check their sockets now. */
  | { kind: "recheck"; origin: string; userId: string };

/**
 * Fans live messages out across app processes. On PostgreSQL through
 * LISTEN/NOTIFY; on SQLite there is one process, so nothing leaves it.
 */
export interface LiveBus {
  /** Sends now (outside any transaction). */
  publish(message: BusMessage): Promise<void>;
  /** Sends when `trx` commits, and not at all if it rolls back. */
  publishIn(trx: Transaction<Database> | Kysely<Database>, message: BusMessage): Promise<void>;
  /** Receives what the other processes send. */
  onMessage(handler: (message: BusMessage) => void): void;
  /** Called after the listening connection came back: messages may have been missed meanwhile. */
  onResume(handler: () => void): void;
  close(): Promise<void>;
}

export const BUS_CHANNEL = "rapport_live";
/** NOTIFY payloads must stay under 8000 bytes. */
export const MAX_PAYLOAD = 7800;

/** A committed notes update for the other processes; by reference when too large for NOTIFY. */
export function docBusMessage(origin: string, meetingId: string, update: Uint8Array): BusMessage {
  const message: BusMessage = { kind: "doc", origin, meetingId, update: Buffer.from(update).toString("base64") };
  return encodeBusMessage(message) === null ? { kind: "doc-ref", origin, meetingId } : message;
}

/** SQLite: a single process, so the bus carries nothing. */
export function createLocalBus(): LiveBus {
  return {
    publish: async () => {},
    publishIn: async () => {},
    onMessage: () => {},
    onResume: () => {},
    close: async () => {},
  };
}

/** Serializes a message for NOTIFY, or null when it is too large to carry. */
export function encodeBusMessage(message: BusMessage): string | null {
  const payload = JSON.stringify(message);
  return Buffer.byteLength(payload) <= MAX_PAYLOAD ? payload : null;
}

/**
 * PostgreSQL: NOTIFY on the app's pool, LISTEN on one dedicated connection that
 * reconnects with backoff when it drops. Messages a process sent come back to it;
 * the hub ignores its own by `origin`.
 */
export function createPgBus(
  config: Extract<DatabaseConfig, { engine: "postgres" }>,
  db: Kysely<Database>,
  log: FastifyBaseLogger,
): LiveBus {
  const handlers: Array<(message: BusMessage) => void> = [];
  const resumeHandlers: Array<() => void> = [];
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let ready: Promise<void>;

  const deliver = (payload: string | undefined) => {
    if (!payload) return;
    let message: BusMessage;
    try {
      message = JSON.parse(payload) as BusMessage;
    } catch {
      return;
    }
    for (const handler of handlers) {
      try {
        handler(message);
      } catch (error) {
        // One bad message must not take the process down.
        log.error({ err: error }, "live: cannot handle a bus message");
      }
    }
  };

  const scheduleReconnect = () => {
    if (closed || retryTimer) return;
    const delay = Math.min(100 * 2 ** attempt, 5000);
    attempt++;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      ready = connect(true);
    }, delay);
  };

  const connect = async (resuming: boolean): Promise<void> => {
    const next = new pg.Client({ connectionString: config.connectionString });
    next.on("notification", (n) => deliver(n.payload));
    next.on("error", (error) => {
      log.warn({ err: error }, "live: listening connection failed");
      if (client === next) client = null;
      void next.end().catch(() => {});
      scheduleReconnect();
    });
    next.on("end", () => {
      if (client === next) {
        client = null;
        scheduleReconnect();
      }
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${BUS_CHANNEL}`);
    } catch (error) {
      log.warn({ err: error }, "live: cannot listen for notifications yet");
      void next.end().catch(() => {});
      scheduleReconnect();
      return;
    }
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    attempt = 0;
    if (resuming) for (const handler of resumeHandlers) handler();
  };

  ready = connect(false);

  const notify = async (db: Transaction<Database> | Kysely<Database>, message: BusMessage) => {
    const payload = encodeBusMessage(message);
    if (payload === null) throw new Error("live: bus message too large");
    await pgNotify(db, BUS_CHANNEL, payload);
  };

  /** Notifies under way, which close() waits for: none may reach the database after it is closed. */
  const sending = new Set<Promise<void>>();

  return {
    publish: async (message) => {
      if (closed) return;
      // Callers don't wait on other processes: a failed notify is logged, never thrown.
      const sent = notify(db, message).catch((error: unknown) => log.warn({ err: error }, "live: notify failed"));
      sending.add(sent);
      await sent;
      sending.delete(sent);
    },
    publishIn: notify,
    onMessage: (handler) => {
      handlers.push(handler);
    },
    onResume: (handler) => {
      resumeHandlers.push(handler);
    },
    close: async () => {
      closed = true;
      clearTimeout(retryTimer);
      await Promise.all(sending);
      await ready.catch(() => {});
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
