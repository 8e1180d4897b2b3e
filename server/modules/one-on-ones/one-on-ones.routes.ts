import { z } from "zod";
import { actionItemSchema } from "../../../shared/schemas/meetings.js";
import { goalSchema } from "../../../shared/schemas/memory.js";
import {
  oneOnOneListSchema,
  oneOnOneParamsSchema,
  oneOnOneSchema,
  ratingSharingBodySchema,
  ratingSharingSchema,
  standingItemSchema,
} from "../../../shared/schemas/one-on-ones.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { getOneOnOne, listMyOneOnOnes } from "./one-on-ones.service.js";
import { setRatingSharing } from "./rating-policy.js";

const tags = ["one-on-ones"];
const oneOnOneDetailSchema = oneOnOneSchema.extend({
  standingItems: z.array(standingItemSchema),
  openActions: z.array(actionItemSchema),
  goals: z.array(goalSchema),
});

/** 1:1: list, read, and the teammate's rating sharing (starting and changing one: modules/scheduling). */
export const oneOnOnesRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
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
};
