import { z } from "zod";
import { idSchema, isoDateTime } from "./common.js";
import { personRefSchema, ratingSharingSchema } from "./one-on-ones.js";

export const cadenceHealthSchema = z.object({
  expected: z.number().int(),
  held: z.number().int(),
  canceled: z.number().int(),
  rescheduled: z.number().int(),
  adherence: z.number().int().nullable(),
  currentStreak: z.number().int(),
  longestGapDays: z.number().int(),
  daysSinceLast: z.number().int().nullable(),
  overdue: z.boolean(),
});
export type CadenceHealthView = z.infer<typeof cadenceHealthSchema>;

export const alertKindSchema = z.enum(["overdue", "mood_drop", "repeated_cancellations"]);
export type AlertKind = z.infer<typeof alertKindSchema>;

export const moodPointSchema = z.object({
  meetingId: idSchema,
  date: isoDateTime,
  mood: z.number().int(),
  energy: z.number().int().nullable(),
});
export const ratingPointSchema = z.object({
  meetingId: idSchema,
  date: isoDateTime,
  leaderScore: z.number().int().nullable(),
  teammateScore: z.number().int().nullable(),
});

export const insightsSchema = z.object({
  cadence: cadenceHealthSchema,
  mood: z.array(moodPointSchema),
  /** The caller's own ratings, and the teammate's when they share them with the leader; never anyone else's. */
  ratings: z.array(ratingPointSchema),
  ratingSharing: ratingSharingSchema,
  alerts: z.array(alertKindSchema),
});
export type Insights = z.infer<typeof insightsSchema>;

export const dashboardRowSchema = z.object({
  oneOnOneId: idSchema,
  teammate: personRefSchema,
  kind: z.string(),
  status: z.enum(["active", "paused", "ended"]),
  lastMeetingAt: isoDateTime.nullable(),
  nextMeetingAt: isoDateTime.nullable(),
  nextMeetingId: idSchema.nullable(),
  daysSinceLast: z.number().int().nullable(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  /** The last (up to) eight moods, oldest first. */
  moodTrend: z.array(z.number().int()),
  cadenceHealth: cadenceHealthSchema,
  alerts: z.array(alertKindSchema),
});
export type DashboardRow = z.infer<typeof dashboardRowSchema>;
export const dashboardSchema = z.object({ people: z.array(dashboardRowSchema) });
