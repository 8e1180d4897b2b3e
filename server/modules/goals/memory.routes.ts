import {
  createGoalBodySchema,
  createGoalProgressBodySchema,
  goalListSchema,
  goalParamsSchema,
  goalResponseSchema,
  updateGoalBodySchema,
} from "../../../shared/schemas/memory.js";
import { oneOnOneParamsSchema } from "../../../shared/schemas/one-on-ones.js";
import { defineRoutes } from "../../http/module-routes.js";
import { addGoalProgress, createGoal, listGoals, updateGoal } from "./goals.service.js";

/** What the pair remembers: development goals (check-ins and feedback have their own modules). */
export const memoryRoutes = defineRoutes("goals", (api, deps) => {
  api.get(
    "/one-on-ones/:id/goals",
    { summary: "Development goals", params: oneOnOneParamsSchema, ok: goalListSchema },
    async ({ actor, params }) => ({ goals: await listGoals(deps, actor, params.id) }),
  );
  api.post(
    "/one-on-ones/:id/goals",
    {
      summary: "Add a development goal for the teammate",
      params: oneOnOneParamsSchema,
      body: createGoalBodySchema,
      created: goalResponseSchema,
    },
    async ({ actor, params, body }) => ({ goal: await createGoal(deps, actor, params.id, body) }),
  );
  api.patch(
    "/goals/:id",
    {
      summary: "Change a goal or mark it achieved or dropped",
      params: goalParamsSchema,
      body: updateGoalBodySchema,
      ok: goalResponseSchema,
    },
    async ({ actor, params, body }) => ({ goal: await updateGoal(deps, actor, params.id, body) }),
  );
  api.post(
    "/goals/:id/progress",
    {
      summary: "Note progress on a goal, linked to a meeting",
      params: goalParamsSchema,
      body: createGoalProgressBodySchema,
      created: goalResponseSchema,
    },
    async ({ actor, params, body }) => ({ goal: await addGoalProgress(deps, actor, params.id, body) }),
  );
});
