import { z } from "zod";
import { NOTE_BODY_MAX_LENGTH } from "../note-limits.js";
import { errorResponseSchema, idSchema, isoDateTime, pageQueryFields } from "./common.js";
import { checkInSchema, feedbackSchema, goalSchema } from "./memory.js";
import {
  meetingRefSchema,
  oneOnOneKindSchema,
  personRefSchema,
  ratingSharingSchema,
  standingItemSchema,
} from "./one-on-ones.js";
import { templateSectionSchema } from "./templates.js";

export const meetingStatusSchema = z.enum(["scheduled", "completed", "canceled"]);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const meetingSummarySchema = z.object({
  id: idSchema,
  oneOnOneId: idSchema,
  scheduledAt: isoDateTime,
  originalScheduledAt: isoDateTime.nullable(),
  durationMinutes: z.number().int(),
  status: meetingStatusSchema,
  startedAt: isoDateTime.nullable(),
  completedAt: isoDateTime.nullable(),
  cancelReason: z.string().nullable(),
  rescheduleReason: z.string().nullable(),
  templateName: z.string(),
  /** When its shared notes, next steps or ticks last changed after it was completed ("edited after the meeting"). */
  editedAfterAt: isoDateTime.nullable(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const agendaItemSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  sectionKey: z.string(),
  authorId: idSchema,
  body: z.string(),
  position: z.number().int(),
  discussed: z.boolean(),
  /** Where it was carried from: the item and the meeting it sat in. */
  carriedFrom: z.object({ itemId: idSchema, meetingId: idSchema, scheduledAt: isoDateTime }).nullable(),
  standingItemId: idSchema.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Bumped by every change; send it back as `baseVersion` to change only what you saw. */
  version: z.number().int(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const noteSchema = z.object({
  body: z.string(),
  version: z.number().int(),
  updatedAt: isoDateTime.nullable(),
  updatedBy: idSchema.nullable(),
});
export type Note = z.infer<typeof noteSchema>;

export const actionStatusSchema = z.enum(["open", "done", "dropped"]);
export const actionItemSchema = z.object({
  id: idSchema,
  oneOnOneId: idSchema,
  meetingId: idSchema,
  ownerId: idSchema,
  title: z.string(),
  dueDate: z.string().nullable(),
  status: actionStatusSchema,
  completedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  /** True when it came from an earlier meeting and is still open. */
  followUp: z.boolean(),
  goalId: idSchema.nullable(),
  /** Bumped by every change; send it back as `baseVersion` to change only what you saw. */
  version: z.number().int(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/** What may be done to a meeting and its items; the server's meeting policy decides each one. */
export const MEETING_ACTIONS = [
  "start",
  "complete",
  "cancel",
  "reschedule",
  "rate",
  "addAgendaItem",
  "editAgendaItem",
  "deleteAgendaItem",
  "checkIn",
  "writeSharedNote",
  "writePrivateNote",
  "addAction",
  "updateAction",
  "giveFeedback",
  "unstart",
  "tickAgendaItem",
  "sendAmendedRecap",
] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];
/** The caller's abilities on a meeting, action -> allowed (Outline's `policies`). */
export const meetingAbilitiesSchema = z.object(
  Object.fromEntries(MEETING_ACTIONS.map((action) => [action, z.boolean()])) as Record<MeetingAction, z.ZodBoolean>,
);
export type MeetingAbilities = z.infer<typeof meetingAbilitiesSchema>;

/** The section both people are on while the meeting runs, and its clock (shared, live). */
export const meetingSectionSchema = z.object({
  key: z.string(),
  /** When this section began (moved back when a paused clock resumes, so elapsed time = now or pausedAt - startedAt). */
  startedAt: isoDateTime,
  /** When the clock was paused; null while it runs. */
  pausedAt: isoDateTime.nullable(),
});
export type MeetingSection = z.infer<typeof meetingSectionSchema>;
/** When a participant was last connected to the meeting's page. */
export const meetingPresenceSchema = z.object({ userId: idSchema, lastSeenAt: isoDateTime });

const neighbourMeetingSchema = meetingRefSchema.extend({ completedAt: isoDateTime.nullable() });

/** One of the two people of a meeting, with their own time zone, so the other sees times in both. */
export const meetingPersonSchema = personRefSchema.extend({ timezone: z.string() });
export type MeetingPerson = z.infer<typeof meetingPersonSchema>;

export const meetingDetailSchema = z.object({
  meeting: meetingSummarySchema,
  oneOnOne: z.object({
    id: idSchema,
    kind: oneOnOneKindSchema,
    leader: meetingPersonSchema,
    teammate: meetingPersonSchema,
    timezone: z.string(),
  }),
  sections: z.array(templateSectionSchema),
  agendaItems: z.array(agendaItemSchema),
  standingItems: z.array(standingItemSchema),
  sharedNote: noteSchema,
  myPrivateNote: noteSchema,
  actionItems: z.array(actionItemSchema),
  myRating: z.number().int().nullable(),
  /** Whether the teammate shares their ratings with the leader, and whether the caller may change that. */
  ratingSharing: ratingSharingSchema,
  /** The teammate's check-in; both participants see it, nobody else (P1, P3). */
  checkIn: checkInSchema.nullable(),
  /** Feedback given in this meeting, both directions. */
  feedback: z.array(feedbackSchema),
  /** The teammate's active development goals, for the development section. */
  goals: z.array(goalSchema),
  /** The meetings either side in the 1:1; `completedAt` says when a held one was held (early or late). */
  previousMeeting: neighbourMeetingSchema.nullable(),
  nextMeeting: neighbourMeetingSchema.nullable(),
  /** Where the cadence puts the next meeting if this one is completed now; null without a cadence. */
  cadenceNextAt: isoDateTime.nullable(),
  /** The 1:1's state: a paused or ended 1:1 schedules nothing on its own. */
  oneOnOneStatus: z.enum(["active", "paused", "ended"]),
  /** What the caller may do here now, from their role and the meeting's status; the page renders from it. */
  abilities: meetingAbilitiesSchema,
  /** While the meeting runs: the section both people are on (null before it starts and once it ends). */
  section: meetingSectionSchema.nullable(),
  /** When each participant was last on this meeting's page (absent: never, or before this was recorded). */
  presence: z.array(meetingPresenceSchema),
  /** The server's time when it answered: the page runs the shared clocks on it, whatever the device's clock says. */
  serverNow: isoDateTime,
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const meetingParamsSchema = z.object({ id: idSchema });
export const meetingListQuerySchema = z.object({
  status: meetingStatusSchema.optional(),
  ...pageQueryFields(20),
});
export const meetingListItemSchema = meetingSummarySchema.extend({
  agendaCount: z.number().int(),
  discussedCount: z.number().int(),
  actionCount: z.number().int(),
  sharedNotePreview: z.string().nullable(),
});
export type MeetingListItem = z.infer<typeof meetingListItemSchema>;
export const meetingListSchema = z.object({
  meetings: z.array(meetingListItemSchema),
  nextCursor: z.string().nullable(),
});

const reason = z.string().trim().min(1).max(1000);
export const completeMeetingBodySchema = z.object({
  nextMeetingAt: z.iso.datetime({ offset: true }).optional(),
  rating: z.number().int().min(1).max(5).optional(),
});
export const cancelMeetingBodySchema = z.object({ reason });
/** `confirmEarly`: start anyway though the meeting is more than an hour away (409 `start_too_early` without it). */
export const startMeetingBodySchema = z.object({ confirmEarly: z.boolean().optional() }).optional();
export const amendedRecapResponseSchema = z.object({ sent: z.literal(true) });
export const rescheduleMeetingBodySchema = z.object({ scheduledAt: z.iso.datetime({ offset: true }), reason });
export const meetingTransitionSchema = z.object({
  meeting: meetingSummarySchema,
  nextMeeting: meetingRefSchema.nullable(),
});

export const createAgendaItemBodySchema = z.object({
  body: z.string().trim().min(1).max(2000),
  sectionKey: z.string().min(1).max(64).optional(),
});
export type CreateAgendaItemBody = z.infer<typeof createAgendaItemBodySchema>;
/** The version a change was based on: when the item moved past it, the change gets 409 instead. */
const baseVersionSchema = z.number().int().min(0);
/** Whether a patch changes anything besides naming the version it was based on. */
const changesSomething = (v: object) => Object.keys(v).some((key) => key !== "baseVersion");

export const updateAgendaItemBodySchema = z
  .object({
    body: z.string().trim().min(1).max(2000),
    discussed: z.boolean(),
    position: z.number().int().min(0).max(1000),
    sectionKey: z.string().min(1).max(64),
    baseVersion: baseVersionSchema,
  })
  .partial()
  .refine(changesSomething, { message: "Nothing to update" });
export type UpdateAgendaItemBody = z.infer<typeof updateAgendaItemBodySchema>;
export const agendaItemResponseSchema = z.object({ agendaItem: agendaItemSchema });
/** A stale change (`version_conflict`, with the item as it is now) or a closed meeting (`meeting_completed`, `meeting_canceled`). */
export const agendaItemConflictSchema = z.union([
  z.object({
    error: z.object({ code: z.literal("version_conflict"), message: z.string() }),
    current: agendaItemSchema,
  }),
  errorResponseSchema,
]);

export { NOTE_BODY_MAX_LENGTH };
export const putNoteBodySchema = z.object({
  body: z.string().max(NOTE_BODY_MAX_LENGTH),
  baseVersion: z.number().int().min(0),
});
export const noteVersionSchema = z.object({ version: z.number().int(), updatedAt: isoDateTime });
/** A stale write: the error plus what the note holds now, so the client can merge. */
export const noteVersionConflictSchema = z.object({
  error: z.object({ code: z.literal("version_conflict"), message: z.string() }),
  current: z.object({
    body: z.string(),
    version: z.number().int(),
    updatedAt: isoDateTime.nullable(),
    updatedBy: idSchema.nullable(),
  }),
});
/** A stale write, or a write to a cancelled meeting (`meeting_canceled`, no `current`). */
export const noteConflictSchema = z.union([noteVersionConflictSchema, errorResponseSchema]);

export const dueDateSchema = z.iso.date();
export const createActionItemBodySchema = z.object({
  title: z.string().trim().min(1).max(500),
  ownerId: idSchema,
  dueDate: dueDateSchema.nullable().optional(),
  goalId: idSchema.nullable().optional(),
});
export type CreateActionItemBody = z.infer<typeof createActionItemBodySchema>;
export const updateActionItemBodySchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    ownerId: idSchema,
    dueDate: dueDateSchema.nullable(),
    status: actionStatusSchema,
    goalId: idSchema.nullable(),
    baseVersion: baseVersionSchema,
  })
  .partial()
  .refine(changesSomething, { message: "Nothing to update" });
export type UpdateActionItemBody = z.infer<typeof updateActionItemBodySchema>;
export const actionItemResponseSchema = z.object({ actionItem: actionItemSchema });
/** A stale change (`version_conflict`, with the action as it is now) or a cancelled meeting (`meeting_canceled`). */
export const actionItemConflictSchema = z.union([
  z.object({
    error: z.object({ code: z.literal("version_conflict"), message: z.string() }),
    current: actionItemSchema,
  }),
  errorResponseSchema,
]);

export const ratingBodySchema = z.object({ score: z.number().int().min(1).max(5) });
export const ratingResponseSchema = z.object({ score: z.number().int() });

/** The home page in one round trip. */
export const homeSchema = z.object({
  upcoming: z.array(
    z.object({
      meeting: meetingRefSchema.extend({ durationMinutes: z.number().int(), startedAt: isoDateTime.nullable() }),
      oneOnOneId: idSchema,
      role: z.enum(["leader", "teammate"]),
      counterpart: personRefSchema,
      agendaCount: z.number().int(),
      myAgendaCount: z.number().int(),
      needsPreparation: z.boolean(),
    }),
  ),
  openActions: z.array(actionItemSchema.extend({ counterpart: personRefSchema })),
  /** What the caller may do from Home, decided by the server (issue 17 item 12). */
  abilities: z.object({
    /** They lead someone (a direct report or a 1:1 they lead) or administer a workspace: "Start a 1:1" and the setup checklist. */
    startOneOnOne: z.boolean(),
  }),
});
export type Home = z.infer<typeof homeSchema>;

/** Move both people to a section (`sectionKey`), or pause and resume its clock (`running`). */
export const moveSectionBodySchema = z.object({
  sectionKey: z.string().min(1).max(64),
  running: z.boolean().optional(),
});
export type MoveSectionBody = z.infer<typeof moveSectionBodySchema>;
export const moveSectionResponseSchema = z.object({ section: meetingSectionSchema });
