import {
  createOneOnOneBodySchema,
  createOneOnOneResponseSchema,
  createStandingItemBodySchema,
  oneOnOneParamsSchema,
  oneOnOneSchema,
  standingItemSchema,
  updateOneOnOneBodySchema,
} from "../../../shared/schemas/one-on-ones.js";
import { defineRoutes } from "../../http/module-routes.js";
import { createOneOnOne, updateOneOnOne } from "./scheduling.service.js";
import { addStandingItem, removeStandingItem } from "./standing-items.service.js";

/** Starting a 1:1, changing its settings, and its standing items. */
export const schedulingRoutes = defineRoutes("one-on-ones", (api, deps) => {
  api.post(
    "/one-on-ones",
    {
      summary: "Start a 1:1; its first meeting exists at once",
      body: createOneOnOneBodySchema,
      created: createOneOnOneResponseSchema,
    },
    async ({ actor, body, meta }) => (await createOneOnOne(deps, actor, body, meta)) as never,
  );
  api.patch(
    "/one-on-ones/:id",
    {
      summary: "Change cadence, time, template; pause, resume or end (leader)",
      params: oneOnOneParamsSchema,
      body: updateOneOnOneBodySchema,
      ok: oneOnOneSchema,
    },
    async ({ actor, params, body }) => updateOneOnOne(deps, actor, params.id, body),
  );
  api.post(
    "/one-on-ones/:id/standing-items",
    {
      summary: "Add a standing item shown in every meeting",
      params: oneOnOneParamsSchema,
      body: createStandingItemBodySchema,
      created: standingItemSchema,
    },
    async ({ actor, params, body }) => addStandingItem(deps, actor, params.id, body),
  );
  api.delete(
    "/standing-items/:id",
    { summary: "Remove a standing item from future meetings", params: oneOnOneParamsSchema, noContent: true },
    async ({ actor, params }) => removeStandingItem(deps, actor, params.id),
  );
});
