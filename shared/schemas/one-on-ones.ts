import { z } from "zod";
import { cadenceSchema } from "./cadence.js";
import { idSchema, isoDateTime, timezoneSchema } from "./common.js";

export const oneOnOneKindSchema = z.enum(["manager", "skip-level", "mentor", "peer"]);
export type OneOnOneKind = z.infer<typeof oneOnOneKindSchema>;
export const oneOnOneStatusSchema = z.enum(["active", "paused", "ended"]);
export type OneOnOneStatus = z.infer<typeof oneOnOneStatusSchema>;

export const personRefSchema = z.object({ id: idSchema, name: z.string(), email: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

export const meetingRefSchema = z.object({
  id: idSchema,
  scheduledAt: isoDateTime,
  status: z.enum(["scheduled", "completed", "canceled"]),
});
export type MeetingRef = z.infer<typeof meetingRefSchema>;
/** The last held meeting, with when it was held (`heldAt`, its completion), which the rhythm is read from. */
export const heldMeetingRefSchema = meetingRefSchema.extend({ heldAt: isoDateTime });
export type HeldMeetingRef = z.infer<typeof heldMeetingRefSchema>;

export const oneOnOneSchema = z.object({
  id: idSchema,
  organizationId: idSchema,
  leader: personRefSchema,
  teammate: personRefSchema,
  kind: oneOnOneKindSchema,
  cadence: cadenceSchema,
  firstMeetingAt: isoDateTime,
  timezone: z.string(),
  durationMinutes: z.number().int(),
  templateId: z.string().nullable(),
  status: oneOnOneStatusSchema,
  reminderMinutesBefore: z.number().int(),
  nextMeeting: meetingRefSchema.nullable(),
  lastMeeting: heldMeetingRefSchema.nullable(),
  createdAt: isoDateTime,
});
export type OneOnOne = z.infer<typeof oneOnOneSchema>;

export const createOneOnOneBodySchema = z.object({
  teammateId: idSchema,
  leaderId: idSchema.optional(),
  organizationId: idSchema.optional(),
  kind: oneOnOneKindSchema.default("manager"),
  cadence: cadenceSchema,
  firstMeetingAt: z.iso.datetime({ offset: true }),
  timezone: timezoneSchema,
  durationMinutes: z.number().int().min(5).max(480),
  templateId: idSchema.optional(),
  reminderMinutesBefore: z.number().int().min(0).max(10080).optional(),
});
export type CreateOneOnOneBody = z.input<typeof createOneOnOneBodySchema>;

export const createOneOnOneResponseSchema = oneOnOneSchema.extend({
  nextMeeting: z.object({ id: idSchema, scheduledAt: isoDateTime, status: z.literal("scheduled") }),
});

export const updateOneOnOneBodySchema = z
  .object({
    cadence: cadenceSchema,
    timezone: timezoneSchema,
    durationMinutes: z.number().int().min(5).max(480),
    templateId: idSchema.nullable(),
    status: oneOnOneStatusSchema,
    reminderMinutesBefore: z.number().int().min(0).max(10080),
    /** When the cadence changes, where the new rhythm starts; default: the upcoming meeting's time. */
    nextMeetingAt: z.iso.datetime({ offset: true }),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "Nothing to update" });
export type UpdateOneOnOneBody = z.infer<typeof updateOneOnOneBodySchema>;

export const oneOnOneParamsSchema = z.object({ id: idSchema });
export const oneOnOneListSchema = z.object({ oneOnOnes: z.array(oneOnOneSchema) });

export const standingItemSchema = z.object({
  id: idSchema,
  sectionKey: z.string(),
  body: z.string(),
  authorId: idSchema,
  createdAt: isoDateTime,
});
export type StandingItem = z.infer<typeof standingItemSchema>;
export const createStandingItemBodySchema = z.object({
  body: z.string().trim().min(1).max(2000),
  sectionKey: z.string().min(1).max(64).optional(),
});
export type CreateStandingItemBody = z.infer<typeof createStandingItemBodySchema>;

/**
 * Who sees the teammate's "was this useful?" ratings in a 1:1, and whether the caller may change
 * it: a rating is its author's alone, unless the teammate shares theirs with the leader (off by default).
 */
export const ratingSharingSchema = z.object({
  sharedWithLeader: z.boolean(),
  /** Only the teammate decides. */
  canChange: z.boolean(),
});
export type RatingSharing = z.infer<typeof ratingSharingSchema>;
export const ratingSharingBodySchema = z.object({ sharedWithLeader: z.boolean() });
export type RatingSharingBody = z.infer<typeof ratingSharingBodySchema>;
