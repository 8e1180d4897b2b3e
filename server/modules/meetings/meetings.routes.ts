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
  moveSectionBodySchema,
  moveSectionResponseSchema,
  ratingBodySchema,
  ratingResponseSchema,
  rescheduleMeetingBodySchema,
  startMeetingBodySchema,
} from "../../../shared/schemas/meetings.js";
import { oneOnOneParamsSchema } from "../../../shared/schemas/one-on-ones.js";
import { defineRoutes } from "../../http/module-routes.js";
import {
  cancelMeeting,
  completeMeeting,
  rateMeeting,
  rescheduleMeeting,
  sendAmendedRecap,
  startMeeting,
  unstartMeeting,
} from "./meeting-lifecycle.js";
import { moveSection } from "./meeting-section.js";
import { getMeetingDetail, listOneOnOneMeetings } from "./meetings.service.js";

/** Meetings: a 1:1's meetings, one meeting, its lifecycle and rating. */
export const meetingsRoutes = defineRoutes("meetings", (api, deps) => {
  api.get(
    "/one-on-ones/:id/meetings",
    {
      summary: "A 1:1's meetings, newest first (keyset pagination)",
      params: oneOnOneParamsSchema,
      query: meetingListQuerySchema,
      ok: meetingListSchema,
    },
    async ({ actor, params, query }) => listOneOnOneMeetings(deps, actor, params.id, query),
  );
  api.get(
    "/meetings/:id",
    {
      summary: "A meeting with sections, agenda, notes, actions",
      params: meetingParamsSchema,
      ok: meetingDetailSchema,
    },
    async ({ actor, params }) => getMeetingDetail(deps, actor, params.id),
  );
  api.post(
    "/meetings/:id/start",
    {
      summary: "Start the meeting (409 start_too_early more than 1 h ahead without confirmEarly)",
      params: meetingParamsSchema,
      body: startMeetingBodySchema,
      ok: meetingSummarySchema,
    },
    async ({ actor, params, body, meta }) => startMeeting(deps, actor, params.id, body ?? {}, meta),
  );
  api.post(
    "/meetings/:id/unstart",
    {
      summary: "Un-start a meeting started by mistake, while nothing was recorded in it",
      params: meetingParamsSchema,
      ok: meetingSummarySchema,
    },
    async ({ actor, params, meta }) => unstartMeeting(deps, actor, params.id, meta),
  );
  api.post(
    "/meetings/:id/complete",
    {
      summary: "Complete: carry undiscussed points, schedule the next, send recaps",
      params: meetingParamsSchema,
      body: completeMeetingBodySchema,
      ok: meetingTransitionSchema,
    },
    async ({ actor, params, body, meta }) => completeMeeting(deps, actor, params.id, body, meta),
  );
  api.post(
    "/meetings/:id/cancel",
    {
      summary: "Cancel with a reason; points move forward",
      params: meetingParamsSchema,
      body: cancelMeetingBodySchema,
      ok: meetingTransitionSchema,
    },
    async ({ actor, params, body, meta }) => cancelMeeting(deps, actor, params.id, body.reason, meta),
  );
  api.post(
    "/meetings/:id/reschedule",
    {
      summary: "Move to another time with a reason",
      params: meetingParamsSchema,
      body: rescheduleMeetingBodySchema,
      ok: meetingTransitionSchema,
    },
    async ({ actor, params, body, meta }) => rescheduleMeeting(deps, actor, params.id, body, meta),
  );
  api.post(
    "/meetings/:id/rating",
    {
      summary: "Was this 1:1 useful? (1–5)",
      params: meetingParamsSchema,
      body: ratingBodySchema,
      ok: ratingResponseSchema,
    },
    async ({ actor, params, body }) => rateMeeting(deps, actor, params.id, body.score),
  );
  api.put(
    "/meetings/:id/section",
    {
      summary: "Move both people to a section, or pause or resume its clock (while the meeting runs)",
      params: meetingParamsSchema,
      body: moveSectionBodySchema,
      ok: moveSectionResponseSchema,
    },
    async ({ actor, params, body }) => moveSection(deps, actor, params.id, body),
  );
  api.post(
    "/meetings/:id/recap",
    {
      summary: "Send both people the recap again, marked as amended",
      params: meetingParamsSchema,
      ok: amendedRecapResponseSchema,
    },
    async ({ actor, params, meta }) => sendAmendedRecap(deps, actor, params.id, meta),
  );
});
