import { meetingParamsSchema } from "../../../shared/schemas/meetings.js";
import {
  createFeedbackBodySchema,
  feedbackListQuerySchema,
  feedbackListSchema,
  feedbackResponseSchema,
} from "../../../shared/schemas/memory.js";
import { oneOnOneParamsSchema } from "../../../shared/schemas/one-on-ones.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { giveFeedback, listFeedback } from "./feedback.service.js";

/** Feedback given in meetings, and a pair's feedback history. */
export const feedbackRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.post(
    "/meetings/:id/feedback",
    {
      schema: {
        tags: ["feedback"],
        summary: "Give feedback: praise or improvement (leader), upward (teammate)",
        params: meetingParamsSchema,
        body: createFeedbackBodySchema,
        response: { 201: feedbackResponseSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ feedback: await giveFeedback(deps, requireActor(request), request.params.id, request.body) }),
  );
  r.get(
    "/one-on-ones/:id/feedback",
    {
      schema: {
        tags: ["feedback"],
        summary: "The pair's feedback history",
        params: oneOnOneParamsSchema,
        querystring: feedbackListQuerySchema,
        response: { 200: feedbackListSchema },
      },
    },
    async (request) => listFeedback(deps, requireActor(request), request.params.id, request.query),
  );
};
