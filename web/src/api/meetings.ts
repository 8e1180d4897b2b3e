import type { z } from "zod";
import type {
  ActionItem,
  AgendaItem,
  cancelMeetingBodySchema,
  completeMeetingBodySchema,
  createActionItemBodySchema,
  createAgendaItemBodySchema,
  Home,
  MeetingDetail,
  MeetingSection,
  MeetingSummary,
  MoveSectionBody,
  putNoteBodySchema,
  ratingBodySchema,
  rescheduleMeetingBodySchema,
  updateActionItemBodySchema,
  updateAgendaItemBodySchema,
} from "../../../shared/schemas/meetings.js";
import type { MeetingRef } from "../../../shared/schemas/one-on-ones.js";
import { request } from "./client.js";

// What each route accepts, as its own zod schema says (types only: no zod in the bundle).
export type CompleteMeetingBody = z.input<typeof completeMeetingBodySchema>;
export type CancelMeetingBody = z.input<typeof cancelMeetingBodySchema>;
export type RescheduleMeetingBody = z.input<typeof rescheduleMeetingBodySchema>;
export type RatingBody = z.input<typeof ratingBodySchema>;
export type CreateAgendaItemBody = z.input<typeof createAgendaItemBodySchema>;
export type UpdateAgendaItemBody = z.input<typeof updateAgendaItemBodySchema>;
export type PutNoteBody = z.input<typeof putNoteBodySchema>;
export type CreateActionItemBody = z.input<typeof createActionItemBodySchema>;
export type UpdateActionItemBody = z.input<typeof updateActionItemBodySchema>;

const id = encodeURIComponent;
const meetingPath = (meetingId: string) => `/api/v1/meetings/${id(meetingId)}`;

export type Transition = { meeting: MeetingSummary; nextMeeting: MeetingRef | null };
export type NoteKind = "shared" | "private";

/** My upcoming 1:1s and open actions. */
export const getHome = () => request<Home>("GET", "/api/v1/home");

/** Everything a participant sees of one meeting. */
export const getMeeting = (meetingId: string) => request<MeetingDetail>("GET", meetingPath(meetingId));

/** The meeting starts; more than an hour early only with `confirmEarly` (409 `start_too_early` otherwise). */
export const startMeeting = (meetingId: string, confirmEarly = false) =>
  request<MeetingSummary>("POST", `${meetingPath(meetingId)}/start`, { confirmEarly });

/** Un-starts a meeting started by mistake, while nothing was recorded in it. */
export const unstartMeeting = (meetingId: string) =>
  request<MeetingSummary>("POST", `${meetingPath(meetingId)}/unstart`);

/** Sends both people the recap again, marked as amended. */
export const sendAmendedRecap = (meetingId: string) =>
  request<{ sent: true }>("POST", `${meetingPath(meetingId)}/recap`);

/** Completes the meeting: rating, carry-over, next date. */
export const completeMeeting = (meetingId: string, body: CompleteMeetingBody) =>
  request<Transition>("POST", `${meetingPath(meetingId)}/complete`, body);

/** Cancels with a reason; the points move to the next meeting. */
export const cancelMeeting = (meetingId: string, reason: string) =>
  request<Transition>("POST", `${meetingPath(meetingId)}/cancel`, { reason } satisfies CancelMeetingBody);

/** Moves the meeting with a reason. */
export const rescheduleMeeting = (meetingId: string, body: RescheduleMeetingBody) =>
  request<Transition>("POST", `${meetingPath(meetingId)}/reschedule`, body);

/** "Was this 1:1 useful?" (1–5). */
export const rateMeeting = (meetingId: string, score: number) =>
  request<{ score: number }>("POST", `${meetingPath(meetingId)}/rating`, { score } satisfies RatingBody);

/** Adds a talking point to a section. */
export const addAgendaItem = (meetingId: string, body: CreateAgendaItemBody) =>
  request<{ agendaItem: AgendaItem }>("POST", `${meetingPath(meetingId)}/agenda-items`, body);

/** Rewords (author), ticks, moves or reorders a talking point; with `baseVersion`, 409 if it changed since. */
export const updateAgendaItem = (itemId: string, body: UpdateAgendaItemBody) =>
  request<{ agendaItem: AgendaItem }>("PATCH", `/api/v1/agenda-items/${id(itemId)}`, body);

/** Deletes a talking point (its author only). */
export const deleteAgendaItem = (itemId: string) => request<void>("DELETE", `/api/v1/agenda-items/${id(itemId)}`);

/** Saves a note on top of `baseVersion`; a stale write fails with 409 version_conflict and the current note. */
export const saveNote = (meetingId: string, kind: NoteKind, body: string, baseVersion: number, keepalive = false) =>
  request<{ version: number; updatedAt: string }>(
    "PUT",
    `${meetingPath(meetingId)}/notes/${kind}`,
    { body, baseVersion } satisfies PutNoteBody,
    { keepalive },
  );

/** Adds a next step with an owner, an optional due date and an optional goal it serves. */
export const addActionItem = (meetingId: string, body: CreateActionItemBody) =>
  request<{ actionItem: ActionItem }>("POST", `${meetingPath(meetingId)}/action-items`, body);

/** Changes a next step's title, owner, due date or status; with `baseVersion`, 409 if it changed since. */
export const updateActionItem = (actionId: string, body: UpdateActionItemBody) =>
  request<{ actionItem: ActionItem }>("PATCH", `/api/v1/action-items/${id(actionId)}`, body);

/** Moves both people to a section, or pauses or resumes its clock, while the meeting runs. */
export const moveSection = (meetingId: string, body: MoveSectionBody) =>
  request<{ section: MeetingSection }>("PUT", `${meetingPath(meetingId)}/section`, body);
