import { z } from "zod";
import { actionItemSchema } from "../../../shared/schemas/meetings.js";
import { goalSchema } from "../../../shared/schemas/memory.js";
import {
  createOneOnOneBodySchema,
  createOneOnOneResponseSchema,
  createStandingItemBodySchema,
  oneOnOneListSchema,
  oneOnOneParamsSchema,
  oneOnOneSchema,
  ratingSharingBodySchema,
  ratingSharingSchema,
  standingItemSchema,
  updateOneOnOneBodySchema,
} from "../../../shared/schemas/one-on-ones.js";
import { requireActor } from "../../http/authenticate.js";
import { requestMeta } from "../../http/request-meta.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import {
  addStandingItem,
  createOneOnOne,
  getOneOnOne,
  listMyOneOnOnes,
  removeStandingItem,
  updateOneOnOne,
} from "./one-on-ones.service.js";
import { setRatingSharing } from "./rating-policy.js";

const tags = ["one-on-ones"];
const oneOnOneDetailSchema = oneOnOneSchema.extend({
  standingItems: z.array(standingItemSchema),
  openActions: z.array(actionItemSchema),
  goals: z.array(goalSchema),
});

/** 1:1: create, list, read, change, and their standing items. */
export const oneOnOnesRoutes: RoutePlugin = (app, deps) => {
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
  r.get(
    "/one-on-ones",
    { schema: { tags, summary: "My 1:1s, as leader or teammate", response: { 200: oneOnOneListSchema } } },
    async (request) => ({
      oneOnOnes: await listMyOneOnOnes(deps, requireActor(request)),
    }),
  );
  r.get(
    "/one-on-ones/:id",
    {
      schema: {
        tags,
        summary: "A 1:1 with its next meeting, standing items and open actions",
        params: oneOnOneParamsSchema,
        response: { 200: oneOnOneDetailSchema },
      },
    },
    async (request) => getOneOnOne(deps, requireActor(request), request.params.id),
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
  r.put(
    "/one-on-ones/:id/rating-sharing",
    {
      schema: {
        tags,
        summary: "Share my “was this useful?” ratings in this 1:1 with the leader, or stop (teammate; off by default)",
        params: oneOnOneParamsSchema,
        body: ratingSharingBodySchema,
        response: { 200: ratingSharingSchema },
      },
    },
    async (request) => setRatingSharing(deps, requireActor(request), request.params.id, request.body.sharedWithLeader),
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
