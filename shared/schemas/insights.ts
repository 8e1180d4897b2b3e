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

/** Why a leader should look at someone; the dashboard computes these once, the web renders them. */
export const alertKindSchema = z.enum([
  "no_one_on_one",
  "low_mood",
  "mood_drop",
  "overdue",
  "overdue_actions",
  "repeated_cancellations",
]);
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

/** One person the caller leads: a 1:1 of theirs, or (alert `no_one_on_one`) a direct report with none yet. */
export const dashboardRowSchema = z.object({
  /** Null for a direct report with no 1:1 led by the caller. */
  oneOnOneId: idSchema.nullable(),
  teammate: personRefSchema,
  kind: z.string().nullable(),
  status: z.enum(["active", "paused", "ended"]).nullable(),
  lastMeetingAt: isoDateTime.nullable(),
  nextMeetingAt: isoDateTime.nullable(),
  nextMeetingId: idSchema.nullable(),
  daysSinceLast: z.number().int().nullable(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  /** The last (up to) eight moods, oldest first. */
  moodTrend: z.array(z.number().int()),
  cadenceHealth: cadenceHealthSchema.nullable(),
  alerts: z.array(alertKindSchema),
});
export type DashboardRow = z.infer<typeof dashboardRowSchema>;
export const dashboardSchema = z.object({
  people: z.array(dashboardRowSchema),
  /** How many people (not rows) have at least one alert: the page's headline. */
  needsAttention: z.number().int(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
