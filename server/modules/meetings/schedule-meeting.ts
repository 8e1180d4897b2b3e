import type { Selectable } from "kysely";
import type { TemplateSection } from "../../../shared/schemas/templates.js";
import type { Deps } from "../../context.js";
import type { Executor } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import type { MeetingsTable, OneOnOnesTable } from "../../db/schema.js";
import { listStandingItems } from "../one-on-ones/one-on-ones.repo.js";
import { systemTemplateName, systemTemplateSections } from "../templates/system-template.js";
import {
  findActiveTemplate,
  findScheduledMeeting,
  insertAgendaItems,
  insertMeeting,
} from "./meeting-lifecycle.repo.js";
import { findUserLocale } from "./meetings.repo.js";

export { findScheduledMeeting };

type Trx = Executor;

/** The sections a new meeting snapshots: the 1:1's template, or the default in the leader's language. */
async function templateSnapshot(
  trx: Trx,
  oneOnOne: Selectable<OneOnOnesTable>,
): Promise<{ id: string | null; name: string; sections: TemplateSection[] }> {
  if (oneOnOne.templateId) {
    const template = await findActiveTemplate(trx, oneOnOne.templateId);
    if (template)
      return {
        id: oneOnOne.templateId,
        name: template.name,
        sections: JSON.parse(template.sections) as TemplateSection[],
      };
  }
  const locale = await findUserLocale(trx, oneOnOne.leaderId);
  return { id: null, name: systemTemplateName(locale), sections: systemTemplateSections(locale) };
}

/** The section a talking point lands in when its own section is not in the meeting. */
export function fallbackSectionKey(sections: TemplateSection[], wanted: string): string {
  if (sections.some((s) => s.key === wanted)) return wanted;
  return (sections.find((s) => s.key === "progress") ?? sections[0])?.key ?? wanted;
}

/**
 * Creates the next meeting of a 1:1 with a snapshot of its template, and
 * puts the 1:1's standing items on its agenda.
 */
export async function scheduleMeeting(
  trx: Trx,
  deps: Deps,
  oneOnOne: Selectable<OneOnOnesTable>,
  scheduledAt: Date,
): Promise<Selectable<MeetingsTable>> {
  const now = deps.clock.now().toISOString();
  const snapshot = await templateSnapshot(trx, oneOnOne);
  const meeting: Selectable<MeetingsTable> = {
    id: newId(),
    oneOnOneId: oneOnOne.id,
    organizationId: oneOnOne.organizationId,
    scheduledAt: scheduledAt.toISOString(),
    originalScheduledAt: null,
    durationMinutes: oneOnOne.durationMinutes,
    status: "scheduled",
    templateId: snapshot.id,
    templateName: snapshot.name,
    sections: JSON.stringify(snapshot.sections),
    startedAt: null,
    completedAt: null,
    canceledAt: null,
    cancelReason: null,
    rescheduleReason: null,
    sequence: 0,
    remindedFor: null,
    editedAfterAt: null,
    createdAt: now,
    updatedAt: now,
    sectionKey: null,
    sectionStartedAt: null,
    sectionPausedAt: null,
  };
  await insertMeeting(trx, meeting);
  const standing = await listStandingItems(trx, oneOnOne.id);
  await insertAgendaItems(
    trx,
    standing.map((item, index) => ({
      id: newId(),
      meetingId: meeting.id,
      oneOnOneId: oneOnOne.id,
      sectionKey: fallbackSectionKey(snapshot.sections, item.sectionKey),
      authorId: item.authorId,
      body: item.body,
      position: index,
      discussed: 0,
      carriedFromId: null,
      standingItemId: item.id,
      createdAt: now,
      updatedAt: now,
    })),
  );
  return meeting;
}
