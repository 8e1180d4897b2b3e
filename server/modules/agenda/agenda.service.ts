import type { Selectable, Updateable } from "kysely";
import type {
  AgendaItem,
  CreateAgendaItemBody,
  MeetingAction,
  UpdateAgendaItemBody,
} from "../../../shared/schemas/meetings.js";
import type { TemplateSection } from "../../../shared/schemas/templates.js";
import type { Actor, Deps } from "../../context.js";
import { withTransaction } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import type { AgendaItemsTable, MeetingsTable } from "../../db/schema.js";
import { AppError, badRequest, forbidden, notFound, rethrowAsNotFound } from "../../http/errors.js";
import { lockMeeting } from "../meetings/meeting-lifecycle.repo.js";
import { loadMeetingState, requireAbility } from "../meetings/meeting-policy.js";
import { markEditedAfterMeeting } from "../meetings/meeting-state.repo.js";
import { listAgendaItems } from "../meetings/meetings.repo.js";
import { presentAgendaItem } from "../meetings/present-meeting.js";
import { type PairRole, requireMeetingParticipant } from "../one-on-ones/pair-policy.js";
import {
  deleteAgendaItemRow,
  findAgendaItem,
  insertAgendaItem,
  listSectionSiblings,
  nextAgendaPosition,
  updateAgendaItemRow,
} from "./agenda.repo.js";

/**
 * Locks the meeting's row until the transaction ends (PostgreSQL; SQLite runs one
 * transaction at a time) and checks that it is still open. Agenda writes to one
 * meeting so take turns — two reorders can't interleave, two adds can't take the
 * same place — and none lands in a meeting whose points were just carried over.
 */
async function lockOpenMeeting(deps: Deps, role: PairRole, action: MeetingAction, meetingId: string): Promise<void> {
  const row = await lockMeeting(deps.db, meetingId);
  if (!row) throw notFound("Meeting");
  requireAbility(role, action, await loadMeetingState(deps.db.kysely, row, action));
}

function requireSection(meeting: Selectable<MeetingsTable>, key: string | undefined): string {
  const sections = JSON.parse(meeting.sections) as TemplateSection[];
  if (key === undefined) return (sections.find((s) => s.key === "progress") ?? sections[0])?.key ?? "progress";
  if (!sections.some((s) => s.key === key))
    throw badRequest("unknown_section", "not a section of this meeting", "sectionKey");
  return key;
}

async function present(deps: Deps, meetingId: string, itemId: string): Promise<AgendaItem> {
  const row = (await listAgendaItems(deps.db.kysely, meetingId)).find((i) => i.id === itemId);
  if (!row) throw notFound("Talking point");
  return presentAgendaItem(row);
}

/** Adds a talking point to a section (either participant, before or during the meeting). */
export async function addAgendaItem(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: CreateAgendaItemBody,
): Promise<AgendaItem> {
  const { meeting, role } = await requireMeetingParticipant(deps, actor, meetingId);
  const sectionKey = requireSection(meeting, input.sectionKey);
  const now = deps.clock.now().toISOString();
  const id = newId();
  await withTransaction(deps, async (deps) => {
    await lockOpenMeeting(deps, role, "addAgendaItem", meeting.id);
    const position = await nextAgendaPosition(deps.db.kysely, meeting.id, sectionKey);
    await insertAgendaItem(deps.db.kysely, {
      id,
      meetingId: meeting.id,
      oneOnOneId: meeting.oneOnOneId,
      sectionKey,
      authorId: actor.userId,
      body: input.body,
      position,
      discussed: 0,
      carriedFromId: null,
      standingItemId: null,
      createdAt: now,
      updatedAt: now,
    });
  });
  deps.live.publish({ type: "agenda.changed", meetingId: meeting.id, actor });
  return present(deps, meeting.id, id);
}

async function requireItem(deps: Deps, actor: Actor, itemId: string) {
  const item = await findAgendaItem(deps.db.kysely, itemId);
  if (!item) throw notFound("Talking point");
  const { meeting, role } = await requireMeetingParticipant(deps, actor, item.meetingId).catch(
    rethrowAsNotFound("Talking point"),
  );
  return { item, meeting, role };
}

/** A change based on a version the item has moved past; the answer carries the item as it is. */
const versionConflict = (current: AgendaItem) =>
  new AppError(409, "version_conflict", "The talking point changed since you loaded it", {}, { current });

/**
 * Edits a talking point: its author changes the wording; either participant
 * ticks it as discussed, moves it to another section or reorders it. Only the
 * fields given change, on top of the item as it is when the change applies;
 * with `baseVersion`, only if nobody changed it since (409 otherwise).
 */
export async function updateAgendaItem(
  deps: Deps,
  actor: Actor,
  itemId: string,
  patch: UpdateAgendaItemBody,
): Promise<AgendaItem> {
  const { meeting, role } = await requireItem(deps, actor, itemId);
  const movedTo = patch.sectionKey === undefined ? undefined : requireSection(meeting, patch.sectionKey);
  const now = deps.clock.now().toISOString();
  // Ticking alone is part of the record, which stays amendable after the meeting; any other change is not.
  const tickOnly = Object.keys(patch).every((key) => key === "discussed" || key === "baseVersion");
  await withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    await lockOpenMeeting(deps, role, tickOnly ? "tickAgendaItem" : "editAgendaItem", meeting.id);
    // Read again under the lock: a change made meanwhile must not be undone by this one.
    const item = await findAgendaItem(trx, itemId);
    if (!item) throw notFound("Talking point");
    if (patch.baseVersion !== undefined && item.version !== patch.baseVersion) {
      const current = (await listAgendaItems(trx, meeting.id)).find((i) => i.id === item.id);
      if (!current) throw notFound("Talking point");
      throw versionConflict(presentAgendaItem(current));
    }
    if (patch.body !== undefined && patch.body !== item.body && item.authorId !== actor.userId) {
      throw forbidden("not_author", "Only the person who added a talking point can reword it");
    }
    const sectionKey = movedTo ?? item.sectionKey;
    const changes: Updateable<AgendaItemsTable> = { updatedAt: now, version: item.version + 1 };
    if (patch.body !== undefined) changes.body = patch.body;
    if (patch.discussed !== undefined) changes.discussed = patch.discussed ? 1 : 0;
    if (sectionKey !== item.sectionKey) changes.sectionKey = sectionKey;
    if (patch.position !== undefined || sectionKey !== item.sectionKey) {
      const siblings = await listSectionSiblings(trx, meeting.id, sectionKey, item.id);
      const target = Math.min(patch.position ?? siblings.length, siblings.length);
      const order = [...siblings.map((s) => s.id)];
      order.splice(target, 0, item.id);
      for (const [index, id] of order.entries()) {
        if (id === item.id) continue;
        if (siblings.find((s) => s.id === id)?.position !== index) {
          await updateAgendaItemRow(trx, id, { position: index });
        }
      }
      changes.position = target;
    }
    await updateAgendaItemRow(trx, item.id, changes);
    if (meeting.status === "completed") await markEditedAfterMeeting(trx, meeting.id, now);
  });
  deps.live.publish({ type: "agenda.changed", meetingId: meeting.id, actor });
  return present(deps, meeting.id, itemId);
}

/** Deletes a talking point (its author only, while the meeting is open). */
export async function deleteAgendaItem(deps: Deps, actor: Actor, itemId: string): Promise<void> {
  const { item, meeting, role } = await requireItem(deps, actor, itemId);
  if (item.authorId !== actor.userId)
    throw forbidden("not_author", "Only the person who added a talking point can delete it");
  await withTransaction(deps, async (deps) => {
    await lockOpenMeeting(deps, role, "deleteAgendaItem", meeting.id);
    await deleteAgendaItemRow(deps.db.kysely, item.id);
  });
  deps.live.publish({ type: "agenda.changed", meetingId: meeting.id, actor });
}
