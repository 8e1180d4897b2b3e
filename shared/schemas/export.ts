import { z } from "zod";
import { localeSchema } from "./common.js";

/**
 * Rapport's portable data format (version 1). Records keep their ids and every
 * stored value exactly (no trimming or defaults), so an export imported into
 * another instance exports again byte for byte (docs/data-portability.md).
 */
export const EXPORT_FORMAT = "rapport-export";
export const EXPORT_VERSION = 1;

const id = z.string().min(1).max(64);
const timestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, "must be an ISO-8601 date-time");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a YYYY-MM-DD date");
const text = (max: number) => z.string().max(max);
const score = z.number().int().min(1).max(5);

const header = {
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: timestamp,
};

export const exportSectionSchema = z.object({
  key: text(64).min(1),
  title: text(200),
  minutes: z.number().int().min(0),
  prompts: z.array(text(1000)),
});

export const exportOrganizationSchema = z.object({
  id,
  name: text(200).min(1),
  defaultLocale: localeSchema,
  defaultTimezone: text(64),
  createdAt: timestamp,
});

export const exportUserSchema = z.object({
  id,
  email: z.email().max(254),
  name: text(200),
  locale: localeSchema,
  timezone: text(64),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** A person of the workspace: the account (no password) and their membership. */
export const exportPersonSchema = exportUserSchema.extend({
  role: z.enum(["owner", "admin", "member"]),
  status: z.enum(["active", "deactivated"]),
  managerId: id.nullable(),
  joinedAt: timestamp,
  membershipUpdatedAt: timestamp,
});

export const exportTemplateSchema = z.object({
  id,
  organizationId: id,
  ownerId: id.nullable(),
  scope: z.enum(["organization", "personal"]),
  name: text(200),
  sections: z.array(exportSectionSchema),
  archivedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const exportOneOnOneSchema = z.object({
  id,
  organizationId: id,
  leaderId: id,
  teammateId: id,
  kind: z.enum(["manager", "skip-level", "mentor", "peer"]),
  cadenceFrequency: z.enum(["weekly", "biweekly", "every_n_weeks", "monthly_nth_weekday", "none"]),
  cadenceInterval: z.number().int().nullable(),
  cadenceWeekday: text(2).nullable(),
  cadenceNth: z.number().int().nullable(),
  firstMeetingAt: timestamp,
  anchorAt: timestamp,
  timezone: text(64),
  durationMinutes: z.number().int().min(1),
  templateId: id.nullable(),
  status: z.enum(["active", "paused", "ended"]),
  reminderMinutesBefore: z.number().int().min(0),
  sequence: z.number().int().min(0),
  createdBy: id,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const exportMeetingSchema = z.object({
  id,
  oneOnOneId: id,
  organizationId: id,
  scheduledAt: timestamp,
  originalScheduledAt: timestamp.nullable(),
  durationMinutes: z.number().int().min(1),
  status: z.enum(["scheduled", "completed", "canceled"]),
  templateId: id.nullable(),
  templateName: text(200),
  sections: z.array(exportSectionSchema),
  startedAt: timestamp.nullable(),
  completedAt: timestamp.nullable(),
  canceledAt: timestamp.nullable(),
  cancelReason: text(2000).nullable(),
  rescheduleReason: text(2000).nullable(),
  sequence: z.number().int().min(0),
  remindedFor: timestamp.nullable(),
  /** Absent from exports made before it existed. */
  editedAfterAt: timestamp.nullable().default(null),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** What a standing or agenda item says, who wrote it and under which section of the template. */
const itemText = { sectionKey: text(64), authorId: id, body: text(10_000) };

export const exportStandingItemSchema = z.object({
  id,
  oneOnOneId: id,
  ...itemText,
  createdAt: timestamp,
  removedAt: timestamp.nullable(),
});

export const exportAgendaItemSchema = z.object({
  id,
  meetingId: id,
  oneOnOneId: id,
  ...itemText,
  position: z.number().int(),
  discussed: z.boolean(),
  carriedFromId: id.nullable(),
  standingItemId: id.nullable(),
  /** Bumped by every change; a client's `baseVersion` is checked against it. */
  version: z.number().int().min(0),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const exportNoteSchema = z.object({
  id,
  meetingId: id,
  kind: z.enum(["shared", "private"]),
  ownerKey: id,
  authorId: id.nullable(),
  body: text(1_000_000),
  version: z.number().int().min(0),
  updatedBy: id.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const exportActionItemSchema = z.object({
  id,
  oneOnOneId: id,
  meetingId: id,
  ownerId: id,
  title: text(1000),
  dueDate: day.nullable(),
  status: z.enum(["open", "done", "dropped"]),
  completedAt: timestamp.nullable(),
  goalId: id.nullable(),
  createdBy: id,
  version: z.number().int().min(0),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const exportCheckInSchema = z.object({
  meetingId: id,
  oneOnOneId: id,
  userId: id,
  mood: score,
  energy: score.nullable(),
  note: text(10_000).nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const exportRatingSchema = z.object({
  meetingId: id,
  userId: id,
  score,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const exportFeedbackSchema = z.object({
  id,
  oneOnOneId: id,
  meetingId: id,
  fromUserId: id,
  toUserId: id,
  kind: z.enum(["praise", "improvement", "upward"]),
  body: text(10_000),
  example: text(10_000).nullable(),
  createdAt: timestamp,
});

export const exportGoalSchema = z.object({
  id,
  oneOnOneId: id,
  teammateId: id,
  title: text(1000),
  why: text(10_000).nullable(),
  targetDate: day.nullable(),
  status: z.enum(["active", "achieved", "dropped"]),
  createdBy: id,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const exportGoalProgressSchema = z.object({
  id,
  goalId: id,
  meetingId: id.nullable(),
  authorId: id,
  body: text(10_000),
  createdAt: timestamp,
});

/** Someone the export mentions (the other side of a 1:1), by name. */
export const exportPersonRefSchema = z.object({ id, name: text(200), email: z.string() });

/** Everything one person may see: their 1:1s with all shared content, and their own private notes and ratings only. */
export const userExportSchema = z.object({
  ...header,
  kind: z.literal("user"),
  user: exportUserSchema,
  organizations: z.array(exportOrganizationSchema),
  people: z.array(exportPersonRefSchema),
  templates: z.array(exportTemplateSchema),
  oneOnOnes: z.array(exportOneOnOneSchema),
  meetings: z.array(exportMeetingSchema),
  standingItems: z.array(exportStandingItemSchema),
  agendaItems: z.array(exportAgendaItemSchema),
  notes: z.array(exportNoteSchema),
  actionItems: z.array(exportActionItemSchema),
  checkIns: z.array(exportCheckInSchema),
  ratings: z.array(exportRatingSchema),
  feedback: z.array(exportFeedbackSchema),
  goals: z.array(exportGoalSchema),
  goalProgress: z.array(exportGoalProgressSchema),
});
export type UserExport = z.infer<typeof userExportSchema>;

/** A workspace's structure for admins: people, reporting lines, templates and 1:1. Never content (P3). */
export const workspaceExportSchema = z.object({
  ...header,
  kind: z.literal("workspace"),
  organization: exportOrganizationSchema,
  people: z.array(exportPersonSchema),
  templates: z.array(exportTemplateSchema),
  oneOnOnes: z.array(exportOneOnOneSchema),
});
export type WorkspaceExport = z.infer<typeof workspaceExportSchema>;

/** Any file the importer accepts. */
export const exportFileSchema = z.discriminatedUnion("kind", [userExportSchema, workspaceExportSchema]);
export type ExportFile = z.infer<typeof exportFileSchema>;

export type ExportMeeting = z.infer<typeof exportMeetingSchema>;
export type ExportOneOnOne = z.infer<typeof exportOneOnOneSchema>;
export type ExportSection = z.infer<typeof exportSectionSchema>;
