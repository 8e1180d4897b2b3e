import * as Y from "yjs";
import { SHARED_NOTE_TEXT } from "../../shared/live-protocol.js";
import { NOTE_BODY_MAX_LENGTH } from "../../shared/schemas/meetings.js";
import { noteText } from "./note-doc.js";

/** What the room does with a client's update: apply it, refuse it as too large, or refuse it as not a note edit. */
export type UpdateVerdict = "ok" | "too_large" | "foreign";

/**
 * Characters of text an update carries, or null when it holds anything but
 * plain text of the shared note: another root, a map entry, an embed, a format
 * or a nested type. The editor never sends those; refusing them keeps every
 * character of the document countable, so the limit cannot be dodged by
 * hiding text elsewhere in it.
 */
function textLength(structs: Array<Y.Item | Y.GC | Y.Skip>): number | null {
  let total = 0;
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (struct.parentSub !== null) return null;
    // Decoded updates name a root by its key, a nested type by an id; an item after an origin names neither.
    const parent: unknown = struct.parent;
    if (parent !== null && parent !== SHARED_NOTE_TEXT) return null;
    if (struct.content instanceof Y.ContentString) total += struct.content.str.length;
    else if (!(struct.content instanceof Y.ContentDeleted)) return null;
  }
  return total;
}

/**
 * Whether the update needs something the document lacks (it would be held back
 * unapplied, out of sight of the limit, until its dependency came). The editor
 * sends its edits in order, so only a forged update does this.
 */
function lacksDependency(doc: Y.Doc, structs: Array<Y.Item | Y.GC | Y.Skip>): boolean {
  const available = new Map<number, number>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) return true;
    const { client, clock } = struct.id;
    const known = available.get(client) ?? Y.getState(doc.store, client);
    if (clock > known) return true;
    available.set(client, Math.max(known, clock + struct.length));
  }
  const has = (id: Y.ID | null) =>
    id === null || id.clock < (available.get(id.client) ?? Y.getState(doc.store, id.client));
  return structs.some((s) => s instanceof Y.Item && !(has(s.origin) && has(s.rightOrigin)));
}

/**
 * Whether a client's Yjs update may be applied to the shared-notes document:
 * the note stays within the REST limit (NOTE_BODY_MAX_LENGTH), and nothing
 * is held back for a missing dependency. Cheap for a keystroke (the update's own
 * length bounds what it adds); an update that might cross the limit is tried
 * on a copy first. Throws on a malformed update.
 */
export function checkNoteUpdate(doc: Y.Doc, update: Uint8Array): UpdateVerdict {
  const { structs } = Y.decodeUpdate(update);
  const added = textLength(structs);
  if (added === null || lacksDependency(doc, structs)) return "foreign";
  if (noteText(doc).length + added <= NOTE_BODY_MAX_LENGTH) return "ok";
  const trial = new Y.Doc();
  try {
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(trial, update);
    return noteText(trial).length <= NOTE_BODY_MAX_LENGTH ? "ok" : "too_large";
  } finally {
    trial.destroy();
  }
}
