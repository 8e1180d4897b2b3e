import * as Y from "yjs";
import { SHARED_NOTE_TEXT } from "../../shared/schemas/live.js";
import type { Db } from "../db/database.js";
import { type Executor, withTransaction } from "../db/executor.js";
import { newId } from "../db/ids.js";
import { markEditedAfterMeeting } from "../modules/meetings/meeting-state.repo.js";
import {
  findSharedNoteState,
  insertSharedNoteUnlessStored,
  lockSharedNote,
  updateSharedNote,
} from "./note-doc.repo.js";

type Trx = Executor;

export interface SharedNoteRow {
  id: string;
  body: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
  yState: Uint8Array | null;
}

/** A fresh document holding `state`. */
export function docFrom(state: Uint8Array | null): Y.Doc {
  const doc = new Y.Doc();
  if (state && state.length > 0) Y.applyUpdate(doc, state);
  return doc;
}

export const noteText = (doc: Y.Doc) => doc.getText(SHARED_NOTE_TEXT);

/** Makes sure the meeting has its shared-note row (empty) so it can be locked. */
async function ensureRow(db: Db, meetingId: string, now: string): Promise<void> {
  await insertSharedNoteUnlessStored(db.kysely, {
    id: newId(),
    meetingId,
    kind: "shared",
    ownerKey: "shared",
    authorId: null,
    body: "",
    version: 0,
    updatedBy: null,
    createdAt: now,
    updatedAt: now,
  });
}

async function lockRow(db: Db, meetingId: string): Promise<SharedNoteRow> {
  const row = await lockSharedNote(db, meetingId);
  return { ...row, yState: row.yState ? new Uint8Array(row.yState) : null };
}

/**
 * The document of a note written before it went live is built from its Markdown,
 * once, under the row lock: two processes doing it at the same time would
 * otherwise insert the text twice.
 */
function documentOf(row: SharedNoteRow): Y.Doc {
  if (row.yState) return docFrom(row.yState);
  const doc = new Y.Doc();
  if (row.body) noteText(doc).insert(0, row.body);
  return doc;
}

export interface NoteChange {
  /** The incremental update that was committed (empty when nothing changed). */
  update: Uint8Array;
  body: string;
  version: number;
  updatedAt: string;
}

/**
 * Runs `change` on the locked shared-note document of a meeting and stores the
 * result: the compacted Yjs state and the Markdown it reads as, with the version
 * bumped. `afterWrite` runs in the same transaction (the cross-process notify).
 */
export async function changeSharedNote(
  db: Db,
  meetingId: string,
  by: { userId: string | null; now: string },
  change: (doc: Y.Doc, row: SharedNoteRow) => void,
  afterWrite?: (trx: Trx, result: NoteChange) => Promise<void>,
): Promise<NoteChange> {
  await ensureRow(db, meetingId, by.now);
  const deps = { db };
  return withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    const row = await lockRow(deps.db, meetingId);
    const doc = documentOf(row);
    const initial = row.yState === null;
    // Yjs reports an update only for a real change, so a repeated or empty one writes nothing.
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    doc.on("update", collect);
    change(doc, row);
    doc.off("update", collect);
    if (updates.length === 0 && !initial) {
      doc.destroy();
      return { update: new Uint8Array(), body: row.body, version: row.version, updatedAt: row.updatedAt };
    }
    // A document built just now from the Markdown goes out whole: no one has its first insert yet.
    const update = initial ? Y.encodeStateAsUpdate(doc) : Y.mergeUpdates(updates);
    // The Markdown copy drops NUL, which PostgreSQL text refuses: otherwise one typed NUL would fail
    // every later store of the live document. The Yjs state (binary) keeps the text as typed.
    const body = noteText(doc).toString().replaceAll("\u0000", "");
    const textChanged = body !== row.body;
    const version = textChanged ? row.version + 1 : row.version;
    const updatedAt = textChanged ? by.now : row.updatedAt;
    await updateSharedNote(trx, row.id, {
      yState: Y.encodeStateAsUpdate(doc),
      body,
      version,
      updatedAt,
      updatedBy: textChanged ? by.userId : row.updatedBy,
    });
    // A held meeting's record amended: its history says "edited after the meeting".
    if (textChanged) await markEditedAfterMeeting(trx, meetingId, by.now);
    doc.destroy();
    const result = { update, body, version, updatedAt };
    if (update.length > 0) await afterWrite?.(trx, result);
    return result;
  });
}

/** The stored document of a meeting's shared notes (created from its Markdown if needed). */
export async function loadSharedNote(db: Db, meetingId: string, now: string): Promise<Uint8Array> {
  const existing = await findSharedNoteState(db.kysely, meetingId);
  if (existing?.yState) return new Uint8Array(existing.yState);
  let state: Uint8Array = new Uint8Array();
  await changeSharedNote(db, meetingId, { userId: null, now }, (doc) => {
    state = Y.encodeStateAsUpdate(doc);
  });
  // The document as stored (another process may have built it first).
  const row = await findSharedNoteState(db.kysely, meetingId);
  return row?.yState ? new Uint8Array(row.yState) : state;
}

/**
 * Replaces the note's text with `next` as the smallest edit (common prefix and
 * suffix kept), so collaborators' cursors and concurrent edits survive a save
 * through the REST API.
 */
export function replaceText(doc: Y.Doc, next: string): void {
  const text = noteText(doc);
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) {
    end++;
  }
  doc.transact(() => {
    const removed = current.length - start - end;
    if (removed > 0) text.delete(start, removed);
    const inserted = next.slice(start, next.length - end);
    if (inserted) text.insert(start, inserted);
  });
}
