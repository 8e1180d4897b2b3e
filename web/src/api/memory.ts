import type { CheckIn, Feedback, FeedbackKind, Goal } from "../../../shared/schemas/memory.js";
import { request } from "./client.js";

const id = encodeURIComponent;

/** The teammate's check-in for a meeting (changeable until it is completed). */
export const saveCheckIn = (meetingId: string, body: { mood: number; energy?: number | null; note?: string | null }) =>
  request<{ checkIn: CheckIn }>("POST", `/api/v1/meetings/${id(meetingId)}/check-in`, body);

/** Praise or an improvement point (leader), upward feedback (teammate). */
export const giveFeedback = (meetingId: string, body: { kind: FeedbackKind; body: string; example?: string | null }) =>
  request<{ feedback: Feedback }>("POST", `/api/v1/meetings/${id(meetingId)}/feedback`, body);

/** Adds a development goal for the teammate of a 1:1. */
export const createGoal = (
  oneOnOneId: string,
  body: { title: string; why?: string | null; targetDate?: string | null },
) => request<{ goal: Goal }>("POST", `/api/v1/one-on-ones/${id(oneOnOneId)}/goals`, body);

/** Changes a goal or marks it achieved or dropped. */
export const updateGoal = (
  goalId: string,
  body: Partial<{ title: string; why: string | null; targetDate: string | null; status: Goal["status"] }>,
) => request<{ goal: Goal }>("PATCH", `/api/v1/goals/${id(goalId)}`, body);

/** Notes progress on a goal, linked to the meeting where it came up. */
export const addGoalProgress = (goalId: string, body: { body: string; meetingId?: string | null }) =>
  request<{ goal: Goal }>("POST", `/api/v1/goals/${id(goalId)}/progress`, body);
