import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import {
  LIVE_MESSAGE_AWARENESS,
  LIVE_MESSAGE_EVENT,
  LIVE_MESSAGE_SYNC,
  type LiveEvent,
  SHARED_NOTE_TEXT,
} from "../../shared/schemas/live.js";

const SERVER = Symbol("server");

/**
 * A participant's end of a meeting's live channel, speaking the protocol the
 * browser speaks (Yjs sync and awareness, plus JSON events), over any `ws` socket.
 * The document outlives the socket: `attach` a new one to reconnect.
 */
export class LiveClient {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly events: LiveEvent[] = [];
  /** Every frame received, raw, for privacy assertions. */
  readonly frames: Uint8Array[] = [];
  socket: WebSocket | null = null;
  closeCode: number | null = null;
  private waiters: Array<() => void> = [];

  constructor(doc = new Y.Doc()) {
    this.doc = doc;
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === SERVER) return;
      this.send(LIVE_MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, update));
    });
    this.awareness.on("update", ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === SERVER) return;
      const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
      this.send(LIVE_MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update));
    });
  }

  get text(): Y.Text {
    return this.doc.getText(SHARED_NOTE_TEXT);
  }

  /**
   * Starts speaking over `socket` (already open): sync step 1, then our presence.
   * Frames that arrived before (`early`, kept by whoever opened it) are read first.
   */
  attach(socket: WebSocket & { early?: Buffer[]; stopBuffering?: () => void }): this {
    this.socket = socket;
    this.closeCode = null;
    socket.on("message", (data: Buffer) => this.receive(new Uint8Array(data)));
    socket.stopBuffering?.();
    for (const data of socket.early ?? []) this.receive(new Uint8Array(data));
    socket.on("close", (code: number) => {
      if (this.socket === socket) this.closeCode = code;
      this.notify();
    });
    this.send(LIVE_MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep1(e, this.doc));
    if (this.awareness.getLocalState() !== null) {
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]);
      this.send(LIVE_MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update));
    }
    return this;
  }

  detach(): void {
    const socket = this.socket;
    this.socket = null;
    socket?.close();
  }

  /** Resolves when `check` holds, re-checked on every frame; fails after `ms` (generous: CI machines are slow). */
  waitFor(check: () => boolean, what: string, ms = 15_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== test);
        reject(new Error(`Timed out waiting for ${what}`));
      }, ms);
      const test = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== test);
        resolve();
      };
      this.waiters.push(test);
    });
  }

  waitForEvent(type: LiveEvent["type"], ms?: number): Promise<void> {
    return this.waitFor(() => this.events.some((e) => e.type === type), `a ${type} event`, ms);
  }

  private receive(data: Uint8Array): void {
    this.frames.push(data);
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === LIVE_MESSAGE_SYNC) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, LIVE_MESSAGE_SYNC);
      syncProtocol.readSyncMessage(decoder, encoder, this.doc, SERVER);
      if (encoding.length(encoder) > 1) this.socket?.send(encoding.toUint8Array(encoder));
    } else if (type === LIVE_MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), SERVER);
    } else if (type === LIVE_MESSAGE_EVENT) {
      this.events.push(JSON.parse(decoding.readVarString(decoder)) as LiveEvent);
    }
    this.notify();
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private send(type: number, write: (encoder: encoding.Encoder) => void): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== socket.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    write(encoder);
    socket.send(encoding.toUint8Array(encoder));
  }
}
