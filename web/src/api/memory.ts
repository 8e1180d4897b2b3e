import type { z } from "zod";
import type {
  CheckIn,
  checkInBodySchema,
  createFeedbackBodySchema,
  createGoalBodySchema,
  createGoalProgressBodySchema,
  Feedback,
  Goal,
  updateGoalBodySchema,
} from "../../../shared/schemas/memory.js";
import { request } from "./client.js";

// What each route accepts, as its own zod schema says (types only: no zod in the bundle).
export type CheckInBody = z.input<typeof checkInBodySchema>;
export type CreateFeedbackBody = z.input<typeof createFeedbackBodySchema>;
export type CreateGoalBody = z.input<typeof createGoalBodySchema>;
export type UpdateGoalBody = z.input<typeof updateGoalBodySchema>;
export type CreateGoalProgressBody = z.input<typeof createGoalProgressBodySchema>;

const id = encodeURIComponent;

/** The teammate's check-in for a meeting (changeable until it is completed). */
export const saveCheckIn = (meetingId: string, body: CheckInBody) =>
  request<{ checkIn: CheckIn }>("POST", `/api/v1/meetings/${id(meetingId)}/check-in`, body);

/** Praise or an improvement point (leader), upward feedback (teammate). */
export const giveFeedback = (meetingId: string, body: CreateFeedbackBody) =>
  request<{ feedback: Feedback }>("POST", `/api/v1/meetings/${id(meetingId)}/feedback`, body);

/** Adds a development goal for the teammate of a 1:1. */
export const createGoal = (oneOnOneId: string, body: CreateGoalBody) =>
  request<{ goal: Goal }>("POST", `/api/v1/one-on-ones/${id(oneOnOneId)}/goals`, body);

/** Changes a goal or marks it achieved or dropped. */
export const updateGoal = (goalId: string, body: UpdateGoalBody) =>
  request<{ goal: Goal }>("PATCH", `/api/v1/goals/${id(goalId)}`, body);

/** Notes progress on a goal, linked to the meeting where it came up. */
export const addGoalProgress = (goalId: string, body: CreateGoalProgressBody) =>
  request<{ goal: Goal }>("POST", `/api/v1/goals/${id(goalId)}/progress`, body);
