import {
  actionItemConflictSchema,
  actionItemResponseSchema,
  createActionItemBodySchema,
  meetingParamsSchema,
  updateActionItemBodySchema,
} from "../../../shared/schemas/meetings.js";
import { defineRoutes } from "../../http/module-routes.js";
import { createActionItem, updateActionItem } from "./actions.service.js";

/** Next steps set in a meeting. */
export const actionsRoutes = defineRoutes("actions", (api, deps) => {
  api.post(
    "/meetings/:id/action-items",
    {
      summary: "Add a next step",
      params: meetingParamsSchema,
      body: createActionItemBodySchema,
      created: actionItemResponseSchema,
    },
    async ({ actor, params, body }) => ({ actionItem: await createActionItem(deps, actor, params.id, body) }),
  );
  api.patch(
    "/action-items/:id",
    {
      summary: "Change or close a next step",
      params: meetingParamsSchema,
      body: updateActionItemBodySchema,
      ok: actionItemResponseSchema,
      conflict: actionItemConflictSchema,
    },
    async ({ actor, params, body }) => ({ actionItem: await updateActionItem(deps, actor, params.id, body) }),
  );
});
