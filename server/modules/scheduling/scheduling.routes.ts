import { z } from "zod";
import {
  createOneOnOneBodySchema,
  createOneOnOneResponseSchema,
  createStandingItemBodySchema,
  oneOnOneParamsSchema,
  oneOnOneSchema,
  standingItemSchema,
  updateOneOnOneBodySchema,
} from "../../../shared/schemas/one-on-ones.js";
import { requireActor } from "../../http/authenticate.js";
import { requestMeta } from "../../http/request-meta.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { createOneOnOne, updateOneOnOne } from "./scheduling.service.js";
import { addStandingItem, removeStandingItem } from "./standing-items.service.js";

const tags = ["one-on-ones"];

/** Starting a 1:1, changing its settings, and its standing items. */
export const schedulingRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.post(
    "/one-on-ones",
    {
      schema: {
        tags,
        summary: "Start a 1:1; its first meeting exists at once",
        body: createOneOnOneBodySchema,
        response: { 201: createOneOnOneResponseSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send((await createOneOnOne(deps, requireActor(request), request.body, requestMeta(request))) as never),
  );
  r.patch(
    "/one-on-ones/:id",
    {
      schema: {
        tags,
        summary: "Change cadence, time, template; pause, resume or end (leader)",
        params: oneOnOneParamsSchema,
        body: updateOneOnOneBodySchema,
        response: { 200: oneOnOneSchema },
      },
    },
    async (request) => updateOneOnOne(deps, requireActor(request), request.params.id, request.body),
  );
  r.post(
    "/one-on-ones/:id/standing-items",
    {
      schema: {
        tags,
        summary: "Add a standing item shown in every meeting",
        params: oneOnOneParamsSchema,
        body: createStandingItemBodySchema,
        response: { 201: standingItemSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addStandingItem(deps, requireActor(request), request.params.id, request.body)),
  );
  r.delete(
    "/standing-items/:id",
    {
      schema: {
        tags,
        summary: "Remove a standing item from future meetings",
        params: oneOnOneParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeStandingItem(deps, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
