import { randomUUID } from "node:crypto";
import type { FastifyBaseLogger } from "fastify";
import type { WebSocket } from "ws";
import type { LiveEvent, LiveEventType } from "../../shared/schemas/live.js";
import type { Clock } from "../clock.js";
import type { Actor } from "../context.js";
import type { Db } from "../db/database.js";
import type { Executor } from "../db/executor.js";
import { sharedNotesWritable } from "../modules/meetings/meeting-policy.js";
import { type BusMessage, docBusMessage, type LiveBus } from "./bus.js";
import {
  findMeetingState,
  listActiveParticipants,
  listUnexpiredSessionIds,
  listUnrevokedTokenIds,
} from "./live.repo.js";
import type { NoteChange } from "./note-doc.js";
import { PresenceLog } from "./presence-log.js";
import { type LiveConnection, Room, type RoomFacts } from "./room.js";

/** Who may stay connected is checked again this often (sessions end, tokens are revoked, members are deactivated). */
const HEARTBEAT_MS = 30_000;
/** Close codes in the 4400 range tell y-websocket clients not to reconnect. */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_BAD_MESSAGE = 4400;
/** The update would take the shared note past its size limit: it was refused, and the page reloads the note. */
export const CLOSE_NOTE_TOO_LARGE = 4413;
/** One session or token already holds as many sockets on this server as it may. */
export const CLOSE_TOO_MANY_SOCKETS = 4429;
/** Sockets one session or token may hold per server process: many tabs, not a flood. */
export const MAX_SOCKETS_PER_CREDENTIAL = 20;

export interface PublishInput {
  type: LiveEventType;
  /** The meeting it happened in, or every meeting of the pair (goals and standing items). */
  meetingId?: string;
  oneOnOneId?: string;
  actor: Pick<Actor, "userId" | "client">;
  /** Only the actor's own sessions hear of it (private notes, own rating). */
  private?: boolean;
}

export interface JoinInput {
  socket: WebSocket;
  actor: Actor;
  name: string;
  facts: RoomFacts;
}

/**
 * The live side of meetings in this process: rooms with their connections,
 * events to them, and the bus to the other processes.
 */
export class LiveHub {
  /** Tells this process's bus messages from the others'. */
  readonly origin = randomUUID();
  private readonly rooms = new Map<string, Room>();
  private readonly socketsPerCredential = new Map<string, number>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly presence: PresenceLog;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly bus: LiveBus,
    private readonly log: FastifyBaseLogger,
  ) {
    this.presence = new PresenceLog(db, clock, log);
    bus.onMessage((message) => this.fromBus(message));
    bus.onResume(() => {
      for (const room of this.rooms.values()) void room.reload().catch(() => {});
    });
    this.heartbeat = setInterval(() => void this.sweep(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Connections open in this process (for tests and the benchmark). */
  get connectionCount(): number {
    let count = 0;
    for (const room of this.rooms.values()) count += room.conns.size;
    return count;
  }

  /** Attaches a participant's socket to the meeting's room. */
  join({ socket, actor, name, facts }: JoinInput): void {
    // An upgrade admitted while the server was closing: its room would load after the database closed.
    if (this.closed) {
      socket.close(1001, "Server shutting down");
      return;
    }
    // One credential holds a bounded number of sockets here: each costs memory and a share of every broadcast.
    const credential = actor.sessionId ?? actor.tokenId ?? actor.userId;
    const held = this.socketsPerCredential.get(credential) ?? 0;
    if (held >= MAX_SOCKETS_PER_CREDENTIAL) {
      socket.close(CLOSE_TOO_MANY_SOCKETS, "Too many live connections");
      return;
    }
    this.socketsPerCredential.set(credential, held + 1);
    socket.once("close", () => {
      const left = (this.socketsPerCredential.get(credential) ?? 1) - 1;
      if (left > 0) this.socketsPerCredential.set(credential, left);
      else this.socketsPerCredential.delete(credential);
    });
    let room = this.rooms.get(facts.meetingId);
    if (!room) {
      room = new Room(facts, {
        db: this.db,
        bus: this.bus,
        log: this.log,
        origin: this.origin,
        now: () => this.clock.now().toISOString(),
      });
      this.rooms.set(facts.meetingId, room);
      // People already on the page through other processes: ask them to say so.
      void this.bus.publish({ kind: "awareness-query", origin: this.origin, meetingId: facts.meetingId });
    }
    const joined = room;
    const conn: LiveConnection = {
      socket,
      userId: actor.userId,
      name,
      sessionId: actor.sessionId,
      tokenId: actor.tokenId,
      clientIds: new Set(),
      alive: true,
    };
    socket.on("pong", () => {
      conn.alive = true;
    });
    // Frames that arrive while the document loads wait for it, in order.
    socket.on("message", (data: Buffer, isBinary: boolean) => {
      joined.ready.then(
        () => {
          // A socket shut for its credentials may still deliver frames during the close handshake.
          if (!isBinary || !joined.conns.has(conn)) return;
          try {
            const verdict = joined.receive(conn, new Uint8Array(data));
            // Refused unapplied: nothing was stored or relayed. The page reloads the stored note and says why.
            if (verdict === "too_large")
              this.shut(joined, conn, CLOSE_NOTE_TOO_LARGE, "This note has reached its size limit");
            else if (verdict === "foreign")
              this.shut(joined, conn, CLOSE_BAD_MESSAGE, "Not an edit of the shared note");
          } catch (error) {
            this.log.warn({ err: error, meetingId: facts.meetingId }, "live: malformed frame");
            socket.close(CLOSE_BAD_MESSAGE, "Malformed message");
          }
        },
        // The load failed: the socket is being closed below; its frames have nowhere to go.
        () => {},
      );
    });
    socket.on("close", () => this.leave(joined, conn));
    joined.ready.then(
      () => {
        joined.welcome(conn);
        this.presence.seen(facts.meetingId, actor.userId);
      },
      (error: unknown) => {
        this.log.error({ err: error, meetingId: facts.meetingId }, "live: cannot load the meeting's notes");
        socket.close(1011, "Cannot load the meeting");
      },
    );
  }

  /** Tells the people on a meeting's page (in every process) that something changed. */
  publish(input: PublishInput): void {
    const at = this.clock.now().toISOString();
    const onlyUser = input.private ? input.actor.userId : undefined;
    const event = { type: input.type, by: input.actor.userId, at, origin: input.actor.client };
    this.deliver(event, input.meetingId, input.oneOnOneId, onlyUser);
    void this.bus.publish({
      kind: "event",
      origin: this.origin,
      ...(input.meetingId ? { meetingId: input.meetingId } : {}),
      ...(input.oneOnOneId ? { oneOnOneId: input.oneOnOneId } : {}),
      event,
      ...(onlyUser ? { onlyUser } : {}),
    });
  }

  /**
   * Checks one person's sockets now, in this process and (through the bus) in
   * every other: those whose session ended, whose token was revoked, or whose
   * person is no longer an active participant close at once. Call it after the
   * change is committed (sign-out, password change, token revocation, deactivation).
   */
  recheckUser(userId: string): void {
    void this.recheck(userId);
    void this.bus.publish({ kind: "recheck", origin: this.origin, userId });
  }

  /** Tells the other processes about a shared-notes write, when its transaction commits. */
  afterNoteWrite(meetingId: string) {
    return (trx: Executor, result: NoteChange) =>
      this.bus.publishIn(trx, docBusMessage(this.origin, meetingId, result.update));
  }

  /** A shared-notes change made through the REST API, already committed. */
  noteChanged(meetingId: string, update: Uint8Array): void {
    this.rooms.get(meetingId)?.applyRemote("doc", update);
  }

  /** Closes every socket (1001, so clients reconnect elsewhere), stores what the rooms hold, stops the bus. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.heartbeat);
    const rooms = [...this.rooms.values()];
    this.rooms.clear();
    for (const room of rooms) for (const conn of room.conns) conn.socket.close(1001, "Server shutting down");
    await Promise.all(rooms.map((room) => room.close()));
    await this.bus.close();
  }

  private deliver(
    event: Omit<LiveEvent, "meetingId">,
    meetingId: string | undefined,
    oneOnOneId: string | undefined,
    onlyUser: string | undefined,
  ): void {
    for (const room of this.rooms.values()) {
      const match = meetingId ? room.meetingId === meetingId : room.facts.oneOnOneId === oneOnOneId;
      if (!match) continue;
      if (event.type === "meeting.changed") void this.refreshFacts(room);
      const full: LiveEvent = { ...event, meetingId: room.meetingId };
      room.sendEvent(JSON.stringify(full), onlyUser);
    }
  }

  private fromBus(message: BusMessage): void {
    if (message.origin === this.origin) return;
    if (message.kind === "recheck") {
      void this.recheck(message.userId);
      return;
    }
    if (message.kind === "event") {
      this.deliver(
        message.event as Omit<LiveEvent, "meetingId">,
        message.meetingId,
        message.oneOnOneId,
        message.onlyUser,
      );
      return;
    }
    const room = this.rooms.get(message.meetingId);
    if (!room) return;
    if (message.kind === "doc-ref") void room.reload().catch(() => {});
    else if (message.kind === "awareness-query") room.announcePresence();
    else room.applyRemote(message.kind, Buffer.from(message.update, "base64"));
  }

  /**
   * The last one out closes the room, but only once its writes are stored: someone
   * coming back meanwhile rejoins this room instead of loading a document that
   * lacks the last keystrokes.
   */
  private leave(room: Room, conn: LiveConnection): void {
    if (!this.closed && room.conns.has(conn)) this.presence.seen(room.meetingId, conn.userId, true);
    if (!room.leave(conn)) return;
    void room.idle().then(() => {
      if (room.conns.size > 0 || this.rooms.get(room.meetingId) !== room) return;
      this.rooms.delete(room.meetingId);
      void room.close();
    });
  }

  /** Whether the notes are still writable follows the ability table (cancelled, or frozen by a later meeting: not). */
  private async refreshFacts(room: Room): Promise<void> {
    const row = await findMeetingState(this.db.kysely, room.meetingId);
    room.facts.writable = row !== undefined && (await sharedNotesWritable(this.db.kysely, row));
  }

  /**
   * Every 30 s: a socket that missed the last ping is dropped, and a socket
   * whose session ended or token was revoked, or whose person is no longer an
   * active participant (deactivated in the workspace), is closed. A few queries for all.
   */
  async sweep(): Promise<void> {
    const entries = [...this.rooms.values()].flatMap((room) => [...room.conns].map((conn) => ({ room, conn })));
    const conns = entries.map((e) => e.conn);
    this.presence.prune();
    for (const { room, conn } of entries) if (conn.alive) this.presence.seen(room.meetingId, conn.userId);
    for (const conn of conns) {
      if (!conn.alive) conn.socket.terminate();
      conn.alive = false;
      conn.socket.ping();
    }
    await this.closeUnauthorized(entries);
  }

  /** The sweep's checks, now, for one person's sockets in this process. */
  private async recheck(userId: string): Promise<void> {
    const entries = [...this.rooms.values()].flatMap((room) =>
      [...room.conns].filter((conn) => conn.userId === userId).map((conn) => ({ room, conn })),
    );
    if (entries.length > 0) await this.closeUnauthorized(entries);
  }

  /** Closes the sockets whose credentials ended or whose person is no longer an active participant. */
  private async closeUnauthorized(entries: Array<{ room: Room; conn: LiveConnection }>): Promise<void> {
    try {
      const stillValid = await this.validCredentials(entries.map((e) => e.conn));
      const participants = await this.activeParticipants(entries.map((e) => e.room.facts.oneOnOneId));
      for (const { room, conn } of entries) {
        const key = conn.sessionId ?? conn.tokenId ?? "";
        if (!stillValid.has(key)) this.shut(room, conn, CLOSE_UNAUTHORIZED, "Signed out");
        else if (!participants.has(`${room.facts.oneOnOneId}:${conn.userId}`)) {
          this.shut(room, conn, CLOSE_UNAUTHORIZED, "No longer a participant");
        }
      }
    } catch (error) {
      this.log.warn({ err: error }, "live: cannot check sessions");
    }
  }

  /** Closes a socket and takes it out of its room at once: nothing more is sent to it, even before the close handshake ends. */
  private shut(room: Room, conn: LiveConnection, code: number, reason: string): void {
    conn.socket.close(code, reason);
    this.leave(room, conn);
  }

  /** `1:1:user` for each participant of these 1:1 still active in its workspace (P1). */
  private async activeParticipants(oneOnOneIds: string[]): Promise<Set<string>> {
    const ids = [...new Set(oneOnOneIds)];
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await listActiveParticipants(this.db.kysely, ids.slice(i, i + 500));
      for (const row of rows) found.add(`${row.id}:${row.userId}`);
    }
    return found;
  }

  private async validCredentials(conns: LiveConnection[]): Promise<Set<string>> {
    const now = this.clock.now().toISOString();
    const sessionIds = [...new Set(conns.flatMap((c) => (c.sessionId ? [c.sessionId] : [])))];
    const tokenIds = [...new Set(conns.flatMap((c) => (c.tokenId ? [c.tokenId] : [])))];
    const valid = new Set<string>();
    for (let i = 0; i < sessionIds.length; i += 500) {
      const rows = await listUnexpiredSessionIds(this.db.kysely, sessionIds.slice(i, i + 500), now);
      for (const row of rows) valid.add(row.id);
    }
    for (let i = 0; i < tokenIds.length; i += 500) {
      const rows = await listUnrevokedTokenIds(this.db.kysely, tokenIds.slice(i, i + 500));
      for (const row of rows) valid.add(row.id);
    }
    return valid;
  }
}
