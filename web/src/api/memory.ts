import type { z } from "zod";
import type { CheckIn, checkInBodySchema, createFeedbackBodySchema, Feedback } from "../../../shared/schemas/memory.js";
import { request } from "./client.js";

// What each route accepts, as its own zod schema says (types only: no zod in the bundle).
export type CheckInBody = z.input<typeof checkInBodySchema>;
export type CreateFeedbackBody = z.input<typeof createFeedbackBodySchema>;

const id = encodeURIComponent;

/** The teammate's check-in for a meeting (changeable until it is completed). */
export const saveCheckIn = (meetingId: string, body: CheckInBody) =>
  request<{ checkIn: CheckIn }>("POST", `/api/v1/meetings/${id(meetingId)}/check-in`, body);

/** Praise or an improvement point (leader), upward feedback (teammate). */
export const giveFeedback = (meetingId: string, body: CreateFeedbackBody) =>
  request<{ feedback: Feedback }>("POST", `/api/v1/meetings/${id(meetingId)}/feedback`, body);
