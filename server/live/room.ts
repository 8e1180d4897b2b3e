import type { FastifyBaseLogger } from "fastify";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { LIVE_MESSAGE_AWARENESS, LIVE_MESSAGE_EVENT, LIVE_MESSAGE_SYNC } from "../../shared/schemas/live.js";
import type { Db } from "../db/database.js";
import { docBusMessage, type LiveBus } from "./bus.js";
import { changeSharedNote, loadSharedNote } from "./note-doc.js";
import { checkNoteUpdate, type UpdateVerdict } from "./note-limit.js";

/** One open WebSocket of a participant. */
export interface LiveConnection {
  socket: WebSocket;
  userId: string;
  name: string;
  sessionId: string | null;
  tokenId: string | null;
  /** Awareness client ids this connection speaks for. */
  clientIds: Set<number>;
  alive: boolean;
}

export interface RoomFacts {
  meetingId: string;
  oneOnOneId: string;
  writable: boolean;
  /** Where presence may say someone is typing: the meeting's section keys and "notes". */
  typingPlaces: Set<string>;
}

interface RoomEnv {
  db: Db;
  bus: LiveBus;
  log: FastifyBaseLogger;
  origin: string;
  now: () => string;
}

const MAX_CURSOR_JSON = 2000;
/** Presence ids one socket may speak for: a tab has one; a few more leave room for a reload's overlap. */
export const MAX_PRESENCE_IDS_PER_SOCKET = 4;
const COLOR = /^#[0-9a-f]{6}([0-9a-f]{2})?$/i;
const RETRY_MS = 1000;

const frame = (type: number, write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
};

/**
 * A meeting's live state in this process: the shared-notes document, presence,
 * and the connections on it. Changes from a local client are applied, sent to
 * the other local clients at once, and stored in order; the commit notifies the
 * other processes. Changes from other processes are applied and sent on.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly conns = new Set<LiveConnection>();
  readonly ready: Promise<void>;
  private queue: Array<{ update: Uint8Array; userId: string }> = [];
  private flushing: Promise<void> | null = null;
  /** Set after a failed write: the next write stores the whole document. */
  private dirty = false;
  private closed = false;

  constructor(
    readonly facts: RoomFacts,
    private readonly env: RoomEnv,
  ) {
    this.awareness.setLocalState(null);
    this.doc.on("update", (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin));
    this.awareness.on("update", (changes: AwarenessChanges, origin: unknown) =>
      this.onAwarenessUpdate(changes, origin),
    );
    this.ready = this.reload();
  }

  get meetingId() {
    return this.facts.meetingId;
  }

  /** Merges the stored document in (at start, and when other processes' messages may have been missed). */
  async reload(): Promise<void> {
    const state = await loadSharedNote(this.env.db, this.meetingId, this.env.now());
    if (!this.closed) Y.applyUpdate(this.doc, state, "db");
  }

  /** A new connection: the server's state vector (so offline edits come in) and who is here. */
  welcome(conn: LiveConnection): void {
    this.conns.add(conn);
    send(
      conn,
      frame(LIVE_MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep1(e, this.doc)),
    );
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) {
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, present);
      send(
        conn,
        frame(LIVE_MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update)),
      );
    }
  }

  /**
   * Handles one binary frame from a local client. Throws on a malformed frame;
   * an edit past the note's size limit, or not an edit of the note, is refused
   * unapplied and the verdict says so.
   */
  receive(conn: LiveConnection, data: Uint8Array): UpdateVerdict {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === LIVE_MESSAGE_SYNC) {
      const syncType = decoding.peekVarUint(decoder);
      // A cancelled meeting's notes are read-only: its document is only ever sent, not changed.
      if (syncType !== syncProtocol.messageYjsSyncStep1 && !this.facts.writable) return "ok";
      if (syncType !== syncProtocol.messageYjsSyncStep1) {
        const peek = decoding.clone(decoder);
        decoding.readVarUint(peek);
        const verdict = checkNoteUpdate(this.doc, decoding.readVarUint8Array(peek));
        if (verdict !== "ok") return verdict;
      }
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, LIVE_MESSAGE_SYNC);
      syncProtocol.readSyncMessage(decoder, encoder, this.doc, conn);
      if (encoding.length(encoder) > 1) send(conn, encoding.toUint8Array(encoder));
    } else if (type === LIVE_MESSAGE_AWARENESS) {
      const update = this.vouch(conn, decoding.readVarUint8Array(decoder));
      if (update) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn);
    }
    // Anything else (including our event type) is the server's to send, not to receive.
    return "ok";
  }

  /** An app event for the people on this page; `onlyUser` keeps it to one person's own sessions. */
  sendEvent(json: string, onlyUser?: string): void {
    const message = frame(LIVE_MESSAGE_EVENT, (e) => encoding.writeVarString(e, json));
    for (const conn of this.conns) {
      if (!onlyUser || conn.userId === onlyUser) send(conn, message);
    }
  }

  /** A committed change from another process. */
  applyRemote(kind: "doc" | "awareness", update: Uint8Array): void {
    if (kind === "doc") Y.applyUpdate(this.doc, update, "bus");
    else awarenessProtocol.applyAwarenessUpdate(this.awareness, update, "bus");
  }

  /** Drops a connection and its presence; true when the room is now empty. */
  leave(conn: LiveConnection): boolean {
    if (!this.conns.delete(conn)) return this.conns.size === 0;
    if (conn.clientIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.clientIds], conn);
    return this.conns.size === 0;
  }

  /** Resolves once every queued write is stored. */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Tells the other processes who is on the page through this one (they just opened the room). */
  announcePresence(): void {
    const mine = [...this.conns]
      .flatMap((conn) => [...conn.clientIds])
      .filter((clientId) => this.awareness.meta.has(clientId));
    if (mine.length === 0) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, mine);
    void this.env.bus.publish({
      kind: "awareness",
      origin: this.env.origin,
      meetingId: this.meetingId,
      update: Buffer.from(update).toString("base64"),
    });
  }

  /** Waits for pending writes, then frees the document. */
  async close(): Promise<void> {
    await this.idle();
    this.closed = true;
    this.awareness.destroy();
    this.doc.destroy();
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    const message = frame(LIVE_MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, update));
    for (const conn of this.conns) if (conn !== origin) send(conn, message);
    if (isConnection(origin)) {
      this.queue.push({ update, userId: origin.userId });
      this.flushing ??= this.flush();
    }
  }

  private onAwarenessUpdate({ added, updated, removed }: AwarenessChanges, origin: unknown): void {
    const changed = [...added, ...updated, ...removed];
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const message = frame(LIVE_MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update));
    for (const conn of this.conns) send(conn, message);
    if (isConnection(origin)) {
      void this.env.bus.publish({
        kind: "awareness",
        origin: this.env.origin,
        meetingId: this.meetingId,
        update: Buffer.from(update).toString("base64"),
      });
    }
  }

  /** Stores queued updates in order, one transaction per batch, until the queue is empty. */
  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0 && !this.closed) {
        const batch = this.queue.splice(0);
        const updates = this.dirty ? [Y.encodeStateAsUpdate(this.doc)] : batch.map((entry) => entry.update);
        const userId = batch[batch.length - 1]?.userId ?? null;
        try {
          await changeSharedNote(
            this.env.db,
            this.meetingId,
            { userId, now: this.env.now() },
            (doc) => {
              for (const update of updates) Y.applyUpdate(doc, update);
            },
            (trx, result) => this.env.bus.publishIn(trx, docBusMessage(this.env.origin, this.meetingId, result.update)),
          );
          this.dirty = false;
        } catch (error) {
          // Nothing is lost: the document holds every change; store it whole on the next try.
          this.env.log.error({ err: error, meetingId: this.meetingId }, "live: cannot store shared notes, retrying");
          this.dirty = true;
          this.queue.unshift(...batch);
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
      }
    } finally {
      this.flushing = null;
    }
  }

  /**
   * Presence says who someone is; the server says it, from the session. A client
   * may keep its cursor, colour and where it is typing, and speak only for the
   * awareness ids it introduced.
   */
  private vouch(conn: LiveConnection, update: Uint8Array): Uint8Array | null {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: Array<{ clientId: number; clock: number; state: unknown }> = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = JSON.parse(decoding.readVarString(decoder)) as unknown;
      const owner = [...this.conns].find((other) => other !== conn && other.clientIds.has(clientId));
      if (owner) continue;
      // Each id is vouched for and sent to everyone: a socket speaks for a handful, not thousands.
      if (state !== null && !conn.clientIds.has(clientId) && conn.clientIds.size >= MAX_PRESENCE_IDS_PER_SOCKET)
        continue;
      if (state === null) conn.clientIds.delete(clientId);
      else conn.clientIds.add(clientId);
      entries.push({ clientId, clock, state: state === null ? null : this.presence(conn, state) });
    }
    if (entries.length === 0) return null;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, entries.length);
    for (const entry of entries) {
      encoding.writeVarUint(encoder, entry.clientId);
      encoding.writeVarUint(encoder, entry.clock);
      encoding.writeVarString(encoder, JSON.stringify(entry.state));
    }
    return encoding.toUint8Array(encoder);
  }

  private presence(conn: LiveConnection, claimed: unknown): Record<string, unknown> {
    const input = (typeof claimed === "object" && claimed !== null ? claimed : {}) as Record<string, unknown>;
    const claimedUser = (typeof input.user === "object" && input.user !== null ? input.user : {}) as Record<
      string,
      unknown
    >;
    const user: Record<string, string> = { id: conn.userId, name: conn.name };
    for (const key of ["color", "colorLight"]) {
      const value = claimedUser[key];
      if (typeof value === "string" && COLOR.test(value)) user[key] = value;
    }
    const state: Record<string, unknown> = { user };
    if (typeof input.typing === "string" && this.facts.typingPlaces.has(input.typing)) state.typing = input.typing;
    else state.typing = null;
    if (typeof input.cursor === "object" && input.cursor !== null) {
      const cursor = JSON.stringify(input.cursor);
      if (cursor.length <= MAX_CURSOR_JSON) state.cursor = input.cursor;
    }
    return state;
  }
}

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

function isConnection(origin: unknown): origin is LiveConnection {
  return typeof origin === "object" && origin !== null && "socket" in origin && "clientIds" in origin;
}

function send(conn: LiveConnection, message: Uint8Array): void {
  if (conn.socket.readyState !== conn.socket.OPEN) return;
  conn.socket.send(message, (error) => {
    if (error) conn.socket.terminate();
  });
}
