import { meetingParamsSchema } from "../../../shared/schemas/meetings.js";
import {
  createFeedbackBodySchema,
  feedbackListQuerySchema,
  feedbackListSchema,
  feedbackResponseSchema,
} from "../../../shared/schemas/memory.js";
import { oneOnOneParamsSchema } from "../../../shared/schemas/one-on-ones.js";
import { defineRoutes } from "../../http/module-routes.js";
import { giveFeedback, listFeedback } from "./feedback.service.js";

/** Feedback given in meetings, and a pair's feedback history. */
export const feedbackRoutes = defineRoutes("feedback", (api, deps) => {
  api.post(
    "/meetings/:id/feedback",
    {
      summary: "Give feedback: praise or improvement (leader), upward (teammate)",
      params: meetingParamsSchema,
      body: createFeedbackBodySchema,
      created: feedbackResponseSchema,
    },
    async ({ actor, params, body }) => ({ feedback: await giveFeedback(deps, actor, params.id, body) }),
  );
  api.get(
    "/one-on-ones/:id/feedback",
    {
      summary: "The pair's feedback history",
      params: oneOnOneParamsSchema,
      query: feedbackListQuerySchema,
      ok: feedbackListSchema,
    },
    async ({ actor, params, query }) => listFeedback(deps, actor, params.id, query),
  );
});
