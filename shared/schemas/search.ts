import { z } from "zod";
import { idSchema, isoDateTime } from "./common.js";

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const searchResultTypeSchema = z.enum([
  "agenda_item",
  "note",
  "action_item",
  "feedback",
  "goal",
  "goal_progress",
]);
export const searchResultSchema = z.object({
  type: searchResultTypeSchema,
  id: idSchema,
  oneOnOneId: idSchema,
  meetingId: idSchema.nullable(),
  meetingScheduledAt: isoDateTime.nullable(),
  /** The other person in the 1:1. */
  counterpartName: z.string(),
  /** True for the caller's own private note. */
  private: z.boolean(),
  /** Plain text around the match; never markup. */
  snippet: z.string(),
  /** [start, end) character ranges of `snippet` that matched. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
export const searchResponseSchema = z.object({ results: z.array(searchResultSchema) });
