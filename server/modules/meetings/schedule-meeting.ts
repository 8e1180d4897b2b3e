import type { Locale } from "../../../shared/schemas/common.js";
import type { TemplateSection } from "../../../shared/schemas/templates.js";
import type { Deps } from "../../context.js";
import type { Executor } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import type { MeetingsTable, OneOnOnesTable } from "../../db/schema.js";
import { systemTemplateName, systemTemplateSections } from "../templates/system-template.js";

type Trx = Executor;

/** The sections a new meeting snapshots: the series' template, or the default in the leader's language. */
async function templateSnapshot(
  trx: Trx,
  series: OneOnOnesTable,
): Promise<{ id: string | null; name: string; sections: TemplateSection[] }> {
  if (series.templateId) {
    const template = await trx
      .selectFrom("templates")
      .select(["name", "sections"])
      .where("id", "=", series.templateId)
      .where("archivedAt", "is", null)
      .executeTakeFirst();
    if (template)
      return {
        id: series.templateId,
        name: template.name,
        sections: JSON.parse(template.sections) as TemplateSection[],
      };
  }
  const leader = await trx.selectFrom("users").select("locale").where("id", "=", series.leaderId).executeTakeFirst();
  const locale = (leader?.locale ?? "en") as Locale;
  return { id: null, name: systemTemplateName(locale), sections: systemTemplateSections(locale) };
}

/** The section a talking point lands in when its own section is not in the meeting. */
export function fallbackSectionKey(sections: TemplateSection[], wanted: string): string {
  if (sections.some((s) => s.key === wanted)) return wanted;
  return (sections.find((s) => s.key === "progress") ?? sections[0])?.key ?? wanted;
}

/**
 * Creates the next meeting of a series with a snapshot of its template, and
 * puts the series' standing items on its agenda.
 */
export async function scheduleMeeting(
  trx: Trx,
  deps: Deps,
  series: OneOnOnesTable,
  scheduledAt: Date,
): Promise<MeetingsTable> {
  const now = deps.clock.now().toISOString();
  const snapshot = await templateSnapshot(trx, series);
  const meeting: MeetingsTable = {
    id: newId(),
    oneOnOneId: series.id,
    organizationId: series.organizationId,
    scheduledAt: scheduledAt.toISOString(),
    originalScheduledAt: null,
    durationMinutes: series.durationMinutes,
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
    createdAt: now,
    updatedAt: now,
  };
  await trx.insertInto("meetings").values(meeting).execute();
  const standing = await trx
    .selectFrom("standingItems")
    .selectAll()
    .where("oneOnOneId", "=", series.id)
    .where("removedAt", "is", null)
    .orderBy("createdAt")
    .execute();
  if (standing.length > 0) {
    await trx
      .insertInto("agendaItems")
      .values(
        standing.map((item, index) => ({
          id: newId(),
          meetingId: meeting.id,
          oneOnOneId: series.id,
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
      )
      .execute();
  }
  return meeting;
}

/** The series' upcoming (scheduled) meeting, if any. */
export function findScheduledMeeting(trx: Trx, oneOnOneId: string) {
  return trx
    .selectFrom("meetings")
    .selectAll()
    .where("oneOnOneId", "=", oneOnOneId)
    .where("status", "=", "scheduled")
    .orderBy("scheduledAt")
    .executeTakeFirst();
}
