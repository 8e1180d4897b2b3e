import * as decoding from "lib0/decoding";
import { useEffect, useRef, useState } from "react";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { LIVE_MESSAGE_EVENT } from "../../../shared/live-protocol.js";
import type { LiveEvent } from "../../../shared/schemas/live.js";
import { TAB_ID } from "./tabId.js";

export type LiveStatus = "connecting" | "live" | "reconnecting" | "offline" | "signedOut";

/** Someone else on the page, as the server vouches for them. */
export type Presence = { userId: string; name: string; typing: string | null };

export interface LiveMeeting {
  doc: Y.Doc;
  provider: WebsocketProvider;
  status: LiveStatus;
  /** The document has caught up with the server at least once. */
  synced: boolean;
  /** The other people on the page, once per person. */
  others: Presence[];
  /** Says where I am typing (a section key or "notes"); it clears itself after a pause. */
  typing: (place: string | null) => void;
  /** The server refused an edit that would take the shared note past its size limit; the stored note was reloaded. */
  noteFull: boolean;
}

/** The close code of an edit refused for the note's size (server/live/hub.ts). */
const CLOSE_NOTE_TOO_LARGE = 4413;

const TYPING_IDLE_MS = 4000;
/** A colour per person for their caret in the shared notes; readable on light and dark. */
const CARET_COLORS = ["#0f766e", "#7c3aed", "#c2410c", "#1d4ed8", "#be185d", "#15803d"];

export function caretColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return CARET_COLORS[hash % CARET_COLORS.length] ?? "#0f766e";
}

function presenceOf(states: Map<number, Record<string, unknown>>, selfClientId: number, meId: string): Presence[] {
  const byUser = new Map<string, Presence>();
  for (const [clientId, state] of states) {
    if (clientId === selfClientId) continue;
    const user = state.user as { id?: unknown; name?: unknown } | undefined;
    if (typeof user?.id !== "string" || user.id === meId) continue;
    const typing = typeof state.typing === "string" ? state.typing : null;
    const known = byUser.get(user.id);
    // One person with two tabs shows once, typing if either tab is.
    byUser.set(user.id, {
      userId: user.id,
      name: typeof user.name === "string" ? user.name : "",
      typing: known?.typing ?? typing,
    });
  }
  return [...byUser.values()];
}

/**
 * The meeting's live channel: the shared-notes document, presence, connection
 * state, and the server's "something changed" events (`onEvent`, minus the ones
 * this tab caused). Going offline keeps every edit in the document; it syncs on
 * the way back.
 */
export function useLiveMeeting(
  /** Null until the meeting is known to exist: nothing opens meanwhile. */
  meetingId: string | null,
  me: { id: string; name: string },
  onEvent: (event: LiveEvent) => void,
  onReconnect: () => void,
): LiveMeeting | null {
  const [live, setLive] = useState<Omit<LiveMeeting, "typing" | "noteFull"> | null>(null);
  // A refused edit lives on only in this tab's document: start again from the server's.
  const [generation, setGeneration] = useState(0);
  const [noteFull, setNoteFull] = useState(false);
  const handlers = useRef({ onEvent, onReconnect });
  handlers.current = { onEvent, onReconnect };
  const typingTimer = useRef<number | undefined>(undefined);
  const providerRef = useRef<WebsocketProvider | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the trigger to reload the note.
  useEffect(() => {
    if (meetingId === null) return;
    const doc = new Y.Doc();
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    const provider = new WebsocketProvider(
      `${scheme}://${window.location.host}/api/v1/meetings`,
      `${meetingId}/events`,
      doc,
      {
        connect: navigator.onLine,
        maxBackoffTime: 5000,
      },
    );
    providerRef.current = provider;
    provider.messageHandlers[LIVE_MESSAGE_EVENT] = (_encoder, decoder) => {
      const event = JSON.parse(decoding.readVarString(decoder)) as LiveEvent;
      if (event.origin !== TAB_ID) handlers.current.onEvent(event);
    };
    provider.awareness.setLocalState({ user: { id: me.id, name: me.name, color: caretColor(me.id) }, typing: null });

    let status: LiveStatus = navigator.onLine ? "connecting" : "offline";
    let everConnected = false;
    const publish = () =>
      setLive({
        doc,
        provider,
        status,
        synced: provider.synced,
        others: presenceOf(provider.awareness.getStates() as Map<number, Record<string, unknown>>, doc.clientID, me.id),
      });
    provider.on("status", ({ status: next }: { status: string }) => {
      if (next === "connected") {
        if (everConnected) handlers.current.onReconnect();
        everConnected = true;
        status = "live";
      } else if (status !== "signedOut") {
        status = !navigator.onLine ? "offline" : everConnected ? "reconnecting" : "connecting";
      }
      publish();
    });
    provider.on("sync", publish);
    provider.on("connection-close", (event: CloseEvent | null) => {
      if (event?.code === 4401) {
        status = "signedOut";
        publish();
      } else if (event?.code === CLOSE_NOTE_TOO_LARGE) {
        setNoteFull(true);
        setGeneration((n) => n + 1);
      }
    });
    provider.awareness.on("change", publish);
    const goOffline = () => {
      status = "offline";
      provider.disconnect();
      publish();
    };
    const goOnline = () => {
      status = everConnected ? "reconnecting" : "connecting";
      provider.connect();
      publish();
    };
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    publish();
    return () => {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      window.clearTimeout(typingTimer.current);
      providerRef.current = null;
      provider.destroy();
      doc.destroy();
      setLive(null);
    };
  }, [meetingId, me.id, me.name, generation]);

  if (!live) return null;
  return {
    ...live,
    noteFull,
    typing: (place) => {
      const provider = providerRef.current;
      if (!provider) return;
      window.clearTimeout(typingTimer.current);
      if (provider.awareness.getLocalState()?.typing !== place) provider.awareness.setLocalStateField("typing", place);
      if (place !== null) {
        typingTimer.current = window.setTimeout(
          () => providerRef.current?.awareness.setLocalStateField("typing", null),
          TYPING_IDLE_MS,
        );
      }
    },
  };
}
