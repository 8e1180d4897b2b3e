import {
  createGoalBodySchema,
  createGoalProgressBodySchema,
  goalListSchema,
  goalParamsSchema,
  goalResponseSchema,
  updateGoalBodySchema,
} from "../../../shared/schemas/memory.js";
import { oneOnOneParamsSchema } from "../../../shared/schemas/one-on-ones.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { addGoalProgress, createGoal, listGoals, updateGoal } from "./goals.service.js";

/** What the pair remembers: development goals (check-ins and feedback have their own modules). */
export const memoryRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
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
