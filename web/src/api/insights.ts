import type { Analytics } from "../../../shared/schemas/analytics.js";
import type { Dashboard, Insights } from "../../../shared/schemas/insights.js";
import type { Feedback, FeedbackKind } from "../../../shared/schemas/memory.js";
import type { SearchResult } from "../../../shared/schemas/search.js";
import { request } from "./client.js";

const id = encodeURIComponent;

/** Everyone I lead, who needs attention first. */
export const getDashboard = () => request<Dashboard>("GET", "/api/v1/dashboard");

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

/** Full-text search over everything the caller may see. */
export const searchEverything = (q: string, limit = 20) =>
  request<{ results: SearchResult[] }>("GET", `/api/v1/search?${new URLSearchParams({ q, limit: String(limit) })}`);

/** Workspace analytics for owners and admins: metadata only. */
export const getAnalytics = (orgId: string) => request<Analytics>("GET", `/api/v1/orgs/${id(orgId)}/analytics`);
