import { meetingParamsSchema } from "../../../shared/schemas/meetings.js";
import {
  checkInBodySchema,
  checkInResponseSchema,
  createFeedbackBodySchema,
  createGoalBodySchema,
  createGoalProgressBodySchema,
  feedbackListQuerySchema,
  feedbackListSchema,
  feedbackResponseSchema,
  goalListSchema,
  goalParamsSchema,
  goalResponseSchema,
  updateGoalBodySchema,
} from "../../../shared/schemas/memory.js";
import { oneOnOneParamsSchema } from "../../../shared/schemas/one-on-ones.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { saveCheckIn } from "../check-ins/check-ins.service.js";
import { giveFeedback, listFeedback } from "../feedback/feedback.service.js";
import { addGoalProgress, createGoal, listGoals, updateGoal } from "./goals.service.js";

/** What the pair remembers: check-ins, feedback and development goals. */
export const memoryRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.post(
    "/meetings/:id/check-in",
    {
      schema: {
        tags: ["check-ins"],
        summary: "The teammate's mood (1–5), energy and note for this meeting",
        params: meetingParamsSchema,
        body: checkInBodySchema,
        response: { 200: checkInResponseSchema },
      },
    },
    async (request) => ({ checkIn: await saveCheckIn(deps, requireActor(request), request.params.id, request.body) }),
  );
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
  r.get(
    "/one-on-ones/:id/goals",
    {
      schema: {
        tags: ["goals"],
        summary: "Development goals",
        params: oneOnOneParamsSchema,
        response: { 200: goalListSchema },
      },
    },
    async (request) => ({ goals: await listGoals(deps, requireActor(request), request.params.id) }),
  );
  r.post(
    "/one-on-ones/:id/goals",
    {
      schema: {
        tags: ["goals"],
        summary: "Add a development goal for the teammate",
        params: oneOnOneParamsSchema,
        body: createGoalBodySchema,
        response: { 201: goalResponseSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send({ goal: await createGoal(deps, requireActor(request), request.params.id, request.body) }),
  );
  r.patch(
    "/goals/:id",
    {
      schema: {
        tags: ["goals"],
        summary: "Change a goal or mark it achieved or dropped",
        params: goalParamsSchema,
        body: updateGoalBodySchema,
        response: { 200: goalResponseSchema },
      },
    },
    async (request) => ({ goal: await updateGoal(deps, requireActor(request), request.params.id, request.body) }),
  );
  r.post(
    "/goals/:id/progress",
    {
      schema: {
        tags: ["goals"],
        summary: "Note progress on a goal, linked to a meeting",
        params: goalParamsSchema,
        body: createGoalProgressBodySchema,
        response: { 201: goalResponseSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ goal: await addGoalProgress(deps, requireActor(request), request.params.id, request.body) }),
  );
};
