import { z } from "zod";
import { idSchema, isoDateTime, pageQueryFields, patchBodySchema } from "./common.js";

const score = z.number().int().min(1).max(5);

export const checkInSchema = z.object({
  meetingId: idSchema,
  userId: idSchema,
  mood: score,
  energy: score.nullable(),
  note: z.string().nullable(),
  updatedAt: isoDateTime,
});
export type CheckIn = z.infer<typeof checkInSchema>;
export const checkInBodySchema = z.object({
  mood: score,
  energy: score.nullable().optional(),
  note: z.string().trim().max(1000).nullable().optional(),
});
export type CheckInBody = z.infer<typeof checkInBodySchema>;
export const checkInResponseSchema = z.object({ checkIn: checkInSchema });

export const feedbackKindSchema = z.enum(["praise", "improvement", "upward"]);
export type FeedbackKind = z.infer<typeof feedbackKindSchema>;
export const feedbackSchema = z.object({
  id: idSchema,
  oneOnOneId: idSchema,
  meetingId: idSchema,
  meetingScheduledAt: isoDateTime,
  fromUserId: idSchema,
  toUserId: idSchema,
  kind: feedbackKindSchema,
  body: z.string(),
  example: z.string().nullable(),
  createdAt: isoDateTime,
});
export type Feedback = z.infer<typeof feedbackSchema>;
export const createFeedbackBodySchema = z.object({
  kind: feedbackKindSchema,
  body: z.string().trim().min(1).max(4000),
  example: z.string().trim().min(1).max(4000).nullable().optional(),
});
export type CreateFeedbackBody = z.infer<typeof createFeedbackBodySchema>;
export const feedbackResponseSchema = z.object({ feedback: feedbackSchema });
export const feedbackListQuerySchema = z.object({
  kind: feedbackKindSchema.optional(),
  direction: z.enum(["given", "received"]).optional(),
  ...pageQueryFields(),
});
export const feedbackListSchema = z.object({ feedback: z.array(feedbackSchema), nextCursor: z.string().nullable() });

export const goalStatusSchema = z.enum(["active", "achieved", "dropped"]);
export const goalProgressSchema = z.object({
  id: idSchema,
  meetingId: idSchema.nullable(),
  authorId: idSchema,
  body: z.string(),
  createdAt: isoDateTime,
});
export const goalSchema = z.object({
  id: idSchema,
  oneOnOneId: idSchema,
  teammateId: idSchema,
  title: z.string(),
  why: z.string().nullable(),
  targetDate: z.string().nullable(),
  status: goalStatusSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  progress: z.array(goalProgressSchema),
  /** Open and closed actions linked to this goal. */
  actionCount: z.number().int(),
  doneActionCount: z.number().int(),
});
export type Goal = z.infer<typeof goalSchema>;
export const goalParamsSchema = z.object({ id: idSchema });
export const goalListSchema = z.object({ goals: z.array(goalSchema) });
/** What a person writes about a goal: a title, and optionally why and by when. */
const goalFields = {
  title: z.string().trim().min(1).max(300),
  why: z.string().trim().max(4000).nullable(),
  targetDate: z.iso.date().nullable(),
};
export const createGoalBodySchema = z.object(goalFields).partial({ why: true, targetDate: true });
export type CreateGoalBody = z.infer<typeof createGoalBodySchema>;
export const updateGoalBodySchema = patchBodySchema({ ...goalFields, status: goalStatusSchema });
export type UpdateGoalBody = z.infer<typeof updateGoalBodySchema>;
export const goalResponseSchema = z.object({ goal: goalSchema });
export const createGoalProgressBodySchema = z.object({
  body: z.string().trim().min(1).max(4000),
  meetingId: idSchema.nullable().optional(),
});
export type CreateGoalProgressBody = z.infer<typeof createGoalProgressBodySchema>;
