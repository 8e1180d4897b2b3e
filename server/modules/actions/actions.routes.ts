import {
  actionItemConflictSchema,
  actionItemResponseSchema,
  createActionItemBodySchema,
  meetingParamsSchema,
  updateActionItemBodySchema,
} from "../../../shared/schemas/meetings.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { createActionItem, updateActionItem } from "./actions.service.js";

/** Next steps set in a meeting. */
export const actionsRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  const params = meetingParamsSchema;

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
