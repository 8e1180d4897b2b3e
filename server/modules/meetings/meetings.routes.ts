import {
  amendedRecapResponseSchema,
  cancelMeetingBodySchema,
  completeMeetingBodySchema,
  meetingDetailSchema,
  meetingListQuerySchema,
  meetingListSchema,
  meetingParamsSchema,
  meetingSummarySchema,
  meetingTransitionSchema,
  ratingBodySchema,
  ratingResponseSchema,
  rescheduleMeetingBodySchema,
  startMeetingBodySchema,
} from "../../../shared/schemas/meetings.js";
import { oneOnOneParamsSchema } from "../../../shared/schemas/one-on-ones.js";
import { requireActor } from "../../http/authenticate.js";
import { requestMeta } from "../../http/request-meta.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import {
  cancelMeeting,
  completeMeeting,
  rateMeeting,
  rescheduleMeeting,
  sendAmendedRecap,
  startMeeting,
  unstartMeeting,
} from "./meeting-lifecycle.js";
import { getMeetingDetail, listOneOnOneMeetings } from "./meetings.service.js";

/** Meetings: a 1:1's meetings, one meeting, its lifecycle and rating. */
export const meetingsRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  const params = meetingParamsSchema;
  const tags = ["meetings"];

  r.get(
    "/one-on-ones/:id/meetings",
    {
      schema: {
        tags,
        summary: "A 1:1's meetings, newest first (keyset pagination)",
        params: oneOnOneParamsSchema,
        querystring: meetingListQuerySchema,
        response: { 200: meetingListSchema },
      },
    },
    async (request) => listOneOnOneMeetings(deps, requireActor(request), request.params.id, request.query),
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
    {
      schema: {
        tags,
        summary: "Start the meeting (409 start_too_early more than 1 h ahead without confirmEarly)",
        params,
        body: startMeetingBodySchema,
        response: { 200: meetingSummarySchema },
      },
    },
    async (request) =>
      startMeeting(deps, requireActor(request), request.params.id, request.body ?? {}, requestMeta(request)),
  );
  r.post(
    "/meetings/:id/unstart",
    {
      schema: {
        tags,
        summary: "Un-start a meeting started by mistake, while nothing was recorded in it",
        params,
        response: { 200: meetingSummarySchema },
      },
    },
    async (request) => unstartMeeting(deps, requireActor(request), request.params.id, requestMeta(request)),
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
    "/meetings/:id/recap",
    {
      schema: {
        tags,
        summary: "Send both people the recap again, marked as amended",
        params,
        response: { 200: amendedRecapResponseSchema },
      },
    },
    async (request) => sendAmendedRecap(deps, requireActor(request), request.params.id, requestMeta(request)),
  );
};
