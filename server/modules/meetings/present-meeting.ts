import type { Selectable } from "kysely";
import type { Locale } from "../../../shared/schemas/common.js";
import type { AgendaItem, MeetingSummary } from "../../../shared/schemas/meetings.js";
import type { CheckIn, Feedback } from "../../../shared/schemas/memory.js";
import type { TemplateSection } from "../../../shared/schemas/templates.js";
import type { AgendaItemsTable, CheckInsTable, FeedbackTable, MeetingsTable } from "../../db/schema.js";
import { SYSTEM_SECTION_KEYS, systemTemplateName, systemTemplateSections } from "../templates/system-template.js";

/** The public summary of a meeting. */
export function presentMeetingSummary(m: Selectable<MeetingsTable>, locale: Locale): MeetingSummary {
  return {
    id: m.id,
    oneOnOneId: m.oneOnOneId,
    scheduledAt: m.scheduledAt,
    originalScheduledAt: m.originalScheduledAt,
    durationMinutes: m.durationMinutes,
    status: m.status,
    startedAt: m.startedAt,
    completedAt: m.completedAt,
    cancelReason: m.cancelReason,
    rescheduleReason: m.rescheduleReason,
    templateName: m.templateId === null ? systemTemplateName(locale) : m.templateName,
    editedAfterAt: m.editedAfterAt,
  };
}

/** The meeting's sections; the default template reads in the viewer's language. */
export function presentSections(m: Selectable<MeetingsTable>, locale: Locale): TemplateSection[] {
  const snapshot = JSON.parse(m.sections) as TemplateSection[];
  const isDefault = m.templateId === null && snapshot.map((s) => s.key).join() === SYSTEM_SECTION_KEYS.join();
  return isDefault ? systemTemplateSections(locale) : snapshot;
}

type CarriedSource = { carriedMeetingId: string | null; carriedScheduledAt: string | null };

/** The public view of a talking point, with where it was carried from. */
export function presentAgendaItem(row: Selectable<AgendaItemsTable> & CarriedSource): AgendaItem {
  return {
    id: row.id,
    meetingId: row.meetingId,
    sectionKey: row.sectionKey,
    authorId: row.authorId,
    body: row.body,
    position: row.position,
    discussed: Boolean(row.discussed),
    carriedFrom:
      row.carriedFromId && row.carriedMeetingId && row.carriedScheduledAt
        ? { itemId: row.carriedFromId, meetingId: row.carriedMeetingId, scheduledAt: row.carriedScheduledAt }
        : null,
    standingItemId: row.standingItemId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The public view of a check-in; only the pair ever receives it (P1, P3). */
export function presentCheckIn(row: CheckInsTable): CheckIn {
  return {
    meetingId: row.meetingId,
    userId: row.userId,
    mood: row.mood,
    energy: row.energy,
    note: row.note,
    updatedAt: row.updatedAt,
  };
}

/** The public view of a feedback entry. */
export function presentFeedback(row: FeedbackTable & { meetingScheduledAt: string }): Feedback {
  return {
    id: row.id,
    oneOnOneId: row.oneOnOneId,
    meetingId: row.meetingId,
    meetingScheduledAt: row.meetingScheduledAt,
    fromUserId: row.fromUserId,
    toUserId: row.toUserId,
    kind: row.kind,
    body: row.body,
    example: row.example,
    createdAt: row.createdAt,
  };
}
