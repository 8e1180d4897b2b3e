import type { Selectable } from "kysely";
import type { TemplateSection } from "../../../shared/schemas/templates.js";
import type { Db } from "../../db/database.js";
import { newId } from "../../db/ids.js";
import type { MeetingsTable } from "../../db/schema.js";
import { insertAgendaItems, listLastPositions, listUndiscussedItems, lockMeeting } from "./meeting-lifecycle.repo.js";
import { fallbackSectionKey } from "./schedule-meeting.js";

/**
 * Moves the undiscussed talking points of a meeting to the next one, marked
 * with where they came from. Standing items are not copied: the next meeting
 * has its own. The next meeting's row is locked first, as adding a point locks
 * it, so a point added there at the same moment cannot take a carried one's
 * place. Returns how many moved.
 */
export async function carryOverUndiscussedItems(
  db: Db,
  from: Selectable<MeetingsTable>,
  to: Selectable<MeetingsTable>,
  nowIso: string,
): Promise<number> {
  const items = await listUndiscussedItems(db.kysely, from.id);
  if (items.length === 0) return 0;
  await lockMeeting(db, to.id);
  const sections = JSON.parse(to.sections) as TemplateSection[];
  const existing = await listLastPositions(db.kysely, to.id);
  const nextPosition = new Map(existing.map((e) => [e.sectionKey, Number(e.max) + 1]));
  const rows = items.map((item) => {
    const sectionKey = fallbackSectionKey(sections, item.sectionKey);
    const position = nextPosition.get(sectionKey) ?? 0;
    nextPosition.set(sectionKey, position + 1);
    return {
      id: newId(),
      meetingId: to.id,
      oneOnOneId: to.oneOnOneId,
      sectionKey,
      authorId: item.authorId,
      body: item.body,
      position,
      discussed: 0,
      // Point at the original so a point carried twice still names where it was first raised.
      carriedFromId: item.carriedFromId ?? item.id,
      standingItemId: null,
      createdAt: nowIso,
      updatedAt: nowIso,
    };
  });
  await insertAgendaItems(db.kysely, rows);
  return rows.length;
}
