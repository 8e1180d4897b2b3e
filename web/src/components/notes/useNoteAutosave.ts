import { useCallback, useEffect, useRef, useState } from "react";
import type { Note } from "../../../../shared/schemas/meetings.js";
import { ApiError } from "../../api/client.js";
import { errorMessage } from "../../api/errorMessage.js";
import { type NoteKind, saveNote } from "../../api/meetings.js";
import { useT } from "../../i18n/I18nProvider.js";
import { type MergeChoice, resolveMerge } from "./mergeNotes.js";

export type SaveStatus = "idle" | "saving" | "saved" | "offline" | "conflict" | "error";

const DEBOUNCE_MS = 800;
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 30_000;

type Options = {
  meetingId: string;
  kind: NoteKind;
  /** The note as the server last sent it; a newer version is adopted when nothing local is unsaved. */
  note: Note;
  readOnly?: boolean;
  /** Told each time the server's version changes under this editor, so the page's copy stays current. */
  onSynced?: (note: Note) => void;
  /** The viewer, recorded as the author of their own saves. */
  meId?: string;
};

export type NoteAutosave = {
  text: string;
  setText: (text: string) => void;
  status: SaveStatus;
  savedAt: string | null;
  error: string | null;
  /** Their newer note, when a save found one; the merge panel shows it. */
  conflict: Note | null;
  /** Saves now (on blur, on leaving). */
  flush: () => void;
  resolve: (choice: MergeChoice) => void;
};

type Ref<T> = { current: T };
/** True when the text on screen differs from the last version the server confirmed. */
const hasUnsaved = (latest: Ref<string>, base: Ref<{ body: string }>) => latest.current !== base.current.body;

const isTransient = (error: unknown) =>
  error instanceof ApiError && (error.status === 0 || error.status === 429 || error.status >= 500);

/**
 * Autosaves a note: debounced while typing, at once on blur and when the page is left.
 * Every write names the version it builds on; a stale write comes back as a conflict to
 * merge, a failed connection is retried with backoff — no edit is ever dropped silently.
 */
export function useNoteAutosave({ meetingId, kind, note, readOnly = false, onSynced, meId }: Options): NoteAutosave {
  const t = useT();
  const [text, setTextState] = useState(note.body);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [savedAt, setSavedAt] = useState<string | null>(note.updatedAt);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Note | null>(null);
  const base = useRef({ version: note.version, body: note.body });
  const latest = useRef(note.body);
  const inflight = useRef(false);
  const conflicted = useRef(false);
  const debounce = useRef<number | undefined>(undefined);
  const retry = useRef<number | undefined>(undefined);
  const retryDelay = useRef(RETRY_FIRST_MS);
  const saveRef = useRef<(keepalive?: boolean) => void>(() => undefined);
  const statusRef = useRef<SaveStatus>("idle");
  statusRef.current = status;
  const synced = useRef(onSynced);
  synced.current = onSynced;

  const save = useCallback(
    async (keepalive = false) => {
      window.clearTimeout(debounce.current);
      window.clearTimeout(retry.current);
      if (readOnly || conflicted.current || inflight.current || !hasUnsaved(latest, base)) return;
      inflight.current = true;
      setStatus("saving");
      const body = latest.current;
      let again = false;
      try {
        const saved = await saveNote(meetingId, kind, body, base.current.version, keepalive);
        base.current = { version: saved.version, body };
        synced.current?.({ body, version: saved.version, updatedAt: saved.updatedAt, updatedBy: meId ?? null });
        retryDelay.current = RETRY_FIRST_MS;
        setSavedAt(saved.updatedAt);
        setError(null);
        again = hasUnsaved(latest, base);
        setStatus(again ? "saving" : "saved");
      } catch (failure) {
        if (failure instanceof ApiError && failure.code === "version_conflict") {
          const current = (failure.body as { current?: Note } | null)?.current;
          if (current) {
            conflicted.current = true;
            setConflict(current);
            setStatus("conflict");
          } else {
            setStatus("error");
            setError(errorMessage(t, failure));
          }
        } else if (isTransient(failure)) {
          setStatus("offline");
          retry.current = window.setTimeout(() => saveRef.current(), retryDelay.current);
          retryDelay.current = Math.min(retryDelay.current * 2, RETRY_MAX_MS);
        } else {
          setStatus("error");
          setError(errorMessage(t, failure));
        }
      } finally {
        inflight.current = false;
      }
      // Typing continued while the request was out: save the rest right away.
      if (again) saveRef.current();
    },
    [meetingId, kind, readOnly, t, meId],
  );
  saveRef.current = (keepalive?: boolean) => void save(keepalive);

  const setText = useCallback((next: string) => {
    latest.current = next;
    setTextState(next);
    window.clearTimeout(debounce.current);
    if (!conflicted.current) debounce.current = window.setTimeout(() => saveRef.current(), DEBOUNCE_MS);
  }, []);

  const flush = useCallback(() => saveRef.current(), []);

  const resolve = useCallback(
    (choice: MergeChoice) => {
      if (!conflict) return;
      const merged = resolveMerge(choice, base.current.body, conflict.body, latest.current);
      base.current = { version: conflict.version, body: conflict.body };
      synced.current?.(conflict);
      conflicted.current = false;
      setConflict(null);
      latest.current = merged;
      setTextState(merged);
      setSavedAt(conflict.updatedAt);
      if (merged === conflict.body) setStatus("saved");
      else saveRef.current();
    },
    [conflict],
  );

  // Someone else saved and we have nothing pending: show their text.
  useEffect(() => {
    if (note.version > base.current.version && !hasUnsaved(latest, base) && !conflicted.current && !inflight.current) {
      base.current = { version: note.version, body: note.body };
      latest.current = note.body;
      setTextState(note.body);
      setSavedAt(note.updatedAt);
    }
  }, [note.version, note.body, note.updatedAt]);

  // Leaving the page or the tab: send what's left; warn only when it can't be saved.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") saveRef.current(true);
    };
    const onPageHide = () => saveRef.current(true);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsaved(latest, base)) return;
      saveRef.current(true);
      if (conflicted.current || statusRef.current === "offline" || statusRef.current === "error")
        event.preventDefault();
    };
    const onOnline = () => saveRef.current();
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("online", onOnline);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("online", onOnline);
      window.clearTimeout(retry.current);
      // Navigating within the app: save what's pending before the editor goes away.
      saveRef.current();
    };
  }, []);

  return { text, setText, status, savedAt, error, conflict, flush, resolve };
}
