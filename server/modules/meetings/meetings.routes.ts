import { z } from "zod";
import { errorResponseSchema } from "../../../shared/schemas/common.js";
import {
  actionItemConflictSchema,
  actionItemResponseSchema,
  agendaItemConflictSchema,
  agendaItemResponseSchema,
  cancelMeetingBodySchema,
  completeMeetingBodySchema,
  createActionItemBodySchema,
  createAgendaItemBodySchema,
  meetingDetailSchema,
  meetingListQuerySchema,
  meetingListSchema,
  meetingParamsSchema,
  meetingSummarySchema,
  meetingTransitionSchema,
  noteConflictSchema,
  noteVersionSchema,
  putNoteBodySchema,
  ratingBodySchema,
  ratingResponseSchema,
  rescheduleMeetingBodySchema,
  updateActionItemBodySchema,
  updateAgendaItemBodySchema,
} from "../../../shared/schemas/meetings.js";
import { oneOnOneParamsSchema } from "../../../shared/schemas/one-on-ones.js";
import { requireActor } from "../../http/authenticate.js";
import { requestMeta } from "../../http/request-meta.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { createActionItem, updateActionItem } from "../actions/actions.service.js";
import { addAgendaItem, deleteAgendaItem, updateAgendaItem } from "../agenda/agenda.service.js";
import { saveNote } from "../notes/notes.service.js";
import { cancelMeeting, completeMeeting, rateMeeting, rescheduleMeeting, startMeeting } from "./meeting-lifecycle.js";
import { getMeetingDetail, listSeriesMeetings } from "./meetings.service.js";

/** Meetings and what lives in them: agenda, notes, actions, rating, lifecycle. */
export const meetingsRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  const params = meetingParamsSchema;
  const tags = ["meetings"];

  r.get(
    "/one-on-ones/:id/meetings",
    {
      schema: {
        tags,
        summary: "A series' meetings, newest first (keyset pagination)",
        params: oneOnOneParamsSchema,
        querystring: meetingListQuerySchema,
        response: { 200: meetingListSchema },
      },
    },
    async (request) => listSeriesMeetings(deps, requireActor(request), request.params.id, request.query),
  );
  r.get(
    "/meetings/:id",
    {
      schema: {
        tags,
        summary: "A meeting with sections, agenda, notes, actions",
        params,
        response: { 200: meetingDetailSchema },
      },
    },
    async (request) => getMeetingDetail(deps, requireActor(request), request.params.id),
  );
  r.post(
    "/meetings/:id/start",
    { schema: { tags, summary: "Start run mode", params, response: { 200: meetingSummarySchema } } },
    async (request) => startMeeting(deps, requireActor(request), request.params.id),
  );
  r.post(
    "/meetings/:id/complete",
    {
      schema: {
        tags,
        summary: "Complete: carry undiscussed points, schedule the next, send recaps",
        params,
        body: completeMeetingBodySchema,
        response: { 200: meetingTransitionSchema },
      },
    },
    async (request) =>
      completeMeeting(deps, requireActor(request), request.params.id, request.body, requestMeta(request)),
  );
  r.post(
    "/meetings/:id/cancel",
    {
      schema: {
        tags,
        summary: "Cancel with a reason; points move forward",
        params,
        body: cancelMeetingBodySchema,
        response: { 200: meetingTransitionSchema },
      },
    },
    async (request) =>
      cancelMeeting(deps, requireActor(request), request.params.id, request.body.reason, requestMeta(request)),
  );
  r.post(
    "/meetings/:id/reschedule",
    {
      schema: {
        tags,
        summary: "Move to another time with a reason",
        params,
        body: rescheduleMeetingBodySchema,
        response: { 200: meetingTransitionSchema },
      },
    },
    async (request) =>
      rescheduleMeeting(deps, requireActor(request), request.params.id, request.body, requestMeta(request)),
  );
  r.post(
    "/meetings/:id/rating",
    {
      schema: {
        tags,
        summary: "Was this 1:1 useful? (1–5)",
        params,
        body: ratingBodySchema,
        response: { 200: ratingResponseSchema },
      },
    },
    async (request) => rateMeeting(deps, requireActor(request), request.params.id, request.body.score),
  );

  r.post(
    "/meetings/:id/agenda-items",
    {
      schema: {
        tags: ["agenda"],
        summary: "Add a talking point",
        params,
        body: createAgendaItemBodySchema,
        response: { 201: agendaItemResponseSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ agendaItem: await addAgendaItem(deps, requireActor(request), request.params.id, request.body) }),
  );
  r.patch(
    "/agenda-items/:id",
    {
      schema: {
        tags: ["agenda"],
        summary: "Reword (author), tick, move or reorder a talking point",
        params,
        body: updateAgendaItemBodySchema,
        response: { 200: agendaItemResponseSchema, 409: agendaItemConflictSchema },
      },
    },
    async (request) => ({
      agendaItem: await updateAgendaItem(deps, requireActor(request), request.params.id, request.body),
    }),
  );
  r.delete(
    "/agenda-items/:id",
    { schema: { tags: ["agenda"], summary: "Delete a talking point (author)", params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteAgendaItem(deps, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  for (const kind of ["shared", "private"] as const) {
    r.put(
      `/meetings/:id/notes/${kind}`,
      {
        schema: {
          tags: ["notes"],
          summary: kind === "shared" ? "Save the shared notes (both edit)" : "Save my private notes (only I see them)",
          params,
          body: putNoteBodySchema,
          // A 409 is a stale write (with the current note) or a cancelled meeting (a plain error).
          response: { 200: noteVersionSchema, 409: z.union([noteConflictSchema, errorResponseSchema]) },
        },
      },
      async (request) => saveNote(deps, requireActor(request), request.params.id, kind, request.body),
    );
  }

  r.post(
    "/meetings/:id/action-items",
    {
      schema: {
        tags: ["actions"],
        summary: "Add a next step",
        params,
        body: createActionItemBodySchema,
        response: { 201: actionItemResponseSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ actionItem: await createActionItem(deps, requireActor(request), request.params.id, request.body) }),
  );
  r.patch(
    "/action-items/:id",
    {
      schema: {
        tags: ["actions"],
        summary: "Change or close a next step",
        params,
        body: updateActionItemBodySchema,
        response: { 200: actionItemResponseSchema, 409: actionItemConflictSchema },
      },
    },
    async (request) => ({
      actionItem: await updateActionItem(deps, requireActor(request), request.params.id, request.body),
    }),
  );
};
