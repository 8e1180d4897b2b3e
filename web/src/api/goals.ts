import type { z } from "zod";
import type {
  createGoalBodySchema,
  createGoalProgressBodySchema,
  Goal,
  updateGoalBodySchema,
} from "../../../shared/schemas/memory.js";
import { request } from "./client.js";

// What each route accepts, as its own zod schema says (types only: no zod in the bundle).
export type CreateGoalBody = z.input<typeof createGoalBodySchema>;
export type UpdateGoalBody = z.input<typeof updateGoalBodySchema>;
export type CreateGoalProgressBody = z.input<typeof createGoalProgressBodySchema>;

const id = encodeURIComponent;

/** The teammate's development goals in this 1:1. */
export const listGoals = (oneOnOneId: string) =>
  request<{ goals: Goal[] }>("GET", `/api/v1/one-on-ones/${id(oneOnOneId)}/goals`);

/** Adds a development goal for the teammate of a 1:1. */
export const createGoal = (oneOnOneId: string, body: CreateGoalBody) =>
  request<{ goal: Goal }>("POST", `/api/v1/one-on-ones/${id(oneOnOneId)}/goals`, body);

/** Changes a goal or marks it achieved or dropped. */
export const updateGoal = (goalId: string, body: UpdateGoalBody) =>
  request<{ goal: Goal }>("PATCH", `/api/v1/goals/${id(goalId)}`, body);

/** Marks a goal achieved, dropped or active again. */
export const setGoalStatus = (goalId: string, status: Goal["status"]) => updateGoal(goalId, { status });

/** Notes progress on a goal, linked to the meeting where it came up when there is one. */
export const addGoalProgress = (goalId: string, body: CreateGoalProgressBody) =>
  request<{ goal: Goal }>("POST", `/api/v1/goals/${id(goalId)}/progress`, body);
