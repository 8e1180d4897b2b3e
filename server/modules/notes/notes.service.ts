import type { Actor, Deps } from "../../context.js";
import { newId } from "../../db/ids.js";
import { AppError } from "../../http/errors.js";
import { changeSharedNote, replaceText } from "../../live/note-doc.js";
import { requireMeetingAbility } from "../meetings/meeting-policy.js";
import { findNote, insertFirstNote, updateNoteAtVersion } from "./notes.repo.js";

export type NoteKind = "shared" | "private";

async function currentNote(deps: Deps, meetingId: string, ownerKey: string) {
  const row = await findNote(deps.db.kysely, meetingId, ownerKey);
  return row ?? { body: "", version: 0, updatedAt: null, updatedBy: null };
}

/**
 * Saves a note with optimistic concurrency: the write applies only on top of
 * `baseVersion`. A stale write gets 409 with the current text, so the client
 * can merge; nothing is ever silently overwritten. Private notes are keyed by
 * their author and reachable by no one else (P2).
 */
export async function saveNote(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  kind: NoteKind,
  input: { body: string; baseVersion: number },
): Promise<{ version: number; updatedAt: string }> {
  await requireMeetingAbility(deps, actor, meetingId, kind === "shared" ? "writeSharedNote" : "writePrivateNote");
  if (kind === "shared") return saveSharedNote(deps, actor, meetingId, input);
  const ownerKey = actor.userId;
  const now = deps.clock.now().toISOString();
  const db = deps.db.kysely;
  const version = input.baseVersion + 1;
  const applied =
    input.baseVersion === 0
      ? await insertFirstNote(db, {
          id: newId(),
          meetingId,
          kind,
          ownerKey,
          authorId: actor.userId,
          body: input.body,
          version,
          updatedBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
      : await updateNoteAtVersion(
          db,
          { meetingId, ownerKey, baseVersion: input.baseVersion },
          { body: input.body, version, updatedBy: actor.userId, updatedAt: now },
        );
  if (!applied) {
    const current = await currentNote(deps, meetingId, ownerKey);
    throw new AppError(
      409,
      "version_conflict",
      "The note changed since you loaded it; merge and save again",
      {},
      { current },
    );
  }
  deps.live.publish({ type: "privateNote.changed", meetingId, actor, private: true });
  return { version, updatedAt: now };
}

const conflictWith = (current: { body: string; version: number; updatedAt: string | null; updatedBy: string | null }) =>
  new AppError(409, "version_conflict", "The note changed since you loaded it; merge and save again", {}, { current });

/**
 * The shared notes are a Yjs document edited live; a save through the API is
 * the same optimistic write (409 on a stale `baseVersion`), applied to the
 * document as the smallest edit and sent to everyone on the meeting's page.
 */
async function saveSharedNote(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: { body: string; baseVersion: number },
): Promise<{ version: number; updatedAt: string }> {
  // A stale write to a meeting without notes is refused before changeSharedNote makes the empty row:
  // a refusal changes nothing.
  if (input.baseVersion !== 0) {
    const current = await currentNote(deps, meetingId, "shared");
    if (current.version === 0) throw conflictWith({ ...current, updatedAt: null });
  }
  const now = deps.clock.now().toISOString();
  const result = await changeSharedNote(
    deps.db,
    meetingId,
    { userId: actor.userId, now },
    (doc, row) => {
      if (row.version !== input.baseVersion) throw conflictWith(row.version === 0 ? { ...row, updatedAt: null } : row);
      replaceText(doc, input.body);
    },
    deps.live.afterNoteWrite(meetingId),
  );
  if (result.update.length > 0) deps.live.noteChanged(meetingId, result.update);
  return { version: result.version, updatedAt: result.updatedAt };
}
