import type { z } from "zod";
import type { ActionItem, MeetingListItem } from "../../../shared/schemas/meetings.js";
import type {
  CreateOneOnOneBody,
  createStandingItemBodySchema,
  OneOnOne,
  RatingSharing,
  StandingItem,
  UpdateOneOnOneBody,
} from "../../../shared/schemas/one-on-ones.js";
import { request } from "./client.js";

/** A 1:1 with what the 1:1 page shows beside it. */
export type OneOnOneDetail = OneOnOne & { standingItems: StandingItem[]; openActions: ActionItem[] };

const id = encodeURIComponent;

/** My 1:1s, as leader or as teammate. */
export const listOneOnOnes = () => request<{ oneOnOnes: OneOnOne[] }>("GET", "/api/v1/one-on-ones");

/** One 1:1 with its standing items and open actions. */
export const getOneOnOne = (oneOnOneId: string) =>
  request<OneOnOneDetail>("GET", `/api/v1/one-on-ones/${id(oneOnOneId)}`);

/** Starts a 1:1; its first meeting exists at once. */
export const createOneOnOne = (body: CreateOneOnOneBody) => request<OneOnOne>("POST", "/api/v1/one-on-ones", body);

/** Changes cadence, time, length, template or status (the leader only). */
export const updateOneOnOne = (oneOnOneId: string, body: UpdateOneOnOneBody) =>
  request<OneOnOne>("PATCH", `/api/v1/one-on-ones/${id(oneOnOneId)}`, body);

/** Adds a point that shows in every meeting until removed. */
export const addStandingItem = (oneOnOneId: string, body: z.input<typeof createStandingItemBodySchema>) =>
  request<StandingItem>("POST", `/api/v1/one-on-ones/${id(oneOnOneId)}/standing-items`, body);

/** Removes a standing item from future meetings. */
export const removeStandingItem = (standingItemId: string) =>
  request<void>("DELETE", `/api/v1/standing-items/${id(standingItemId)}`);

/** A page of the 1:1's meetings, newest first; pass `nextCursor` as `before` for the next page. */
export const listOneOnOneMeetings = (oneOnOneId: string, query: { before?: string | null; limit?: number } = {}) => {
  const params = new URLSearchParams();
  if (query.before) params.set("before", query.before);
  params.set("limit", String(query.limit ?? 10));
  return request<{ meetings: MeetingListItem[]; nextCursor: string | null }>(
    "GET",
    `/api/v1/one-on-ones/${id(oneOnOneId)}/meetings?${params}`,
  );
};

/** The teammate shares their "was this useful?" ratings in this 1:1 with the leader, or stops. */
export const setRatingSharing = (oneOnOneId: string, sharedWithLeader: boolean) =>
  request<RatingSharing>("PUT", `/api/v1/one-on-ones/${id(oneOnOneId)}/rating-sharing`, { sharedWithLeader });
