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
import { defineRoutes } from "../../http/module-routes.js";
import { getOneOnOne, listMyOneOnOnes } from "./one-on-ones.service.js";
import { setRatingSharing } from "./rating-policy.js";

const oneOnOneDetailSchema = oneOnOneSchema.extend({
  standingItems: z.array(standingItemSchema),
  openActions: z.array(actionItemSchema),
  goals: z.array(goalSchema),
});

/** 1:1: list, read, and the teammate's rating sharing (starting and changing one: modules/scheduling). */
export const oneOnOnesRoutes = defineRoutes("one-on-ones", (api, deps) => {
  api.get("/one-on-ones", { summary: "My 1:1s, as leader or teammate", ok: oneOnOneListSchema }, async ({ actor }) => ({
    oneOnOnes: await listMyOneOnOnes(deps, actor),
  }));
  api.get(
    "/one-on-ones/:id",
    {
      summary: "A 1:1 with its next meeting, standing items and open actions",
      params: oneOnOneParamsSchema,
      ok: oneOnOneDetailSchema,
    },
    async ({ actor, params }) => getOneOnOne(deps, actor, params.id),
  );
  api.put(
    "/one-on-ones/:id/rating-sharing",
    {
      summary: "Share my “was this useful?” ratings in this 1:1 with the leader, or stop (teammate; off by default)",
      params: oneOnOneParamsSchema,
      body: ratingSharingBodySchema,
      ok: ratingSharingSchema,
    },
    async ({ actor, params, body }) => setRatingSharing(deps, actor, params.id, body.sharedWithLeader),
  );
});
