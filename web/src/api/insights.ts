import type { Analytics } from "../../../shared/schemas/analytics.js";
import type { DashboardRow, Insights } from "../../../shared/schemas/insights.js";
import type { Feedback, FeedbackKind, Goal } from "../../../shared/schemas/memory.js";
import type { SearchResult } from "../../../shared/schemas/search.js";
import { request } from "./client.js";
import type { CreateGoalBody, CreateGoalProgressBody, UpdateGoalBody } from "./memory.js";

const id = encodeURIComponent;

/** Everyone I lead, who needs attention first. */
export const getDashboard = () => request<{ people: DashboardRow[] }>("GET", "/api/v1/dashboard");

/** Cadence health, moods and ratings of one pair (participants only; 404 otherwise). */
export const getPairInsights = (oneOnOneId: string) =>
  request<Insights>("GET", `/api/v1/one-on-ones/${id(oneOnOneId)}/insights`);

export type FeedbackDirection = "given" | "received";
export type FeedbackQuery = {
  kind?: FeedbackKind | null;
  direction?: FeedbackDirection | null;
  before?: string | null;
};

/** A page of the pair's feedback, newest first; pass `nextCursor` as `before` for more. */
export const listPairFeedback = (oneOnOneId: string, query: FeedbackQuery, limit = 10) => {
  const params = new URLSearchParams({ limit: String(limit) });
  if (query.kind) params.set("kind", query.kind);
  if (query.direction) params.set("direction", query.direction);
  if (query.before) params.set("before", query.before);
  return request<{ feedback: Feedback[]; nextCursor: string | null }>(
    "GET",
    `/api/v1/one-on-ones/${id(oneOnOneId)}/feedback?${params}`,
  );
};

/** The teammate's development goals in this 1:1. */
export const listGoals = (oneOnOneId: string) =>
  request<{ goals: Goal[] }>("GET", `/api/v1/one-on-ones/${id(oneOnOneId)}/goals`);

/** Writes down a new development goal. */
export const createGoal = (oneOnOneId: string, body: CreateGoalBody) =>
  request<{ goal: Goal }>("POST", `/api/v1/one-on-ones/${id(oneOnOneId)}/goals`, body);

/** Marks a goal achieved, dropped or active again. */
export const setGoalStatus = (goalId: string, status: Goal["status"]) =>
  request<{ goal: Goal }>("PATCH", `/api/v1/goals/${id(goalId)}`, { status } satisfies UpdateGoalBody);

/** Notes a step of progress on a goal. */
export const addGoalProgress = (goalId: string, body: CreateGoalProgressBody) =>
  request<{ goal: Goal }>("POST", `/api/v1/goals/${id(goalId)}/progress`, body);

/** Full-text search over everything the caller may see. */
export const searchEverything = (q: string, limit = 20) =>
  request<{ results: SearchResult[] }>("GET", `/api/v1/search?${new URLSearchParams({ q, limit: String(limit) })}`);

/** Workspace analytics for owners and admins: metadata only. */
export const getAnalytics = (orgId: string) => request<Analytics>("GET", `/api/v1/orgs/${id(orgId)}/analytics`);
