import { meetingParamsSchema } from "../../../shared/schemas/meetings.js";
import { checkInBodySchema, checkInResponseSchema } from "../../../shared/schemas/memory.js";
import { moduleRoutes } from "../../http/module-routes.js";
import type { RoutePlugin } from "../../http/route-types.js";
import { saveCheckIn } from "./check-ins.service.js";

/** The teammate's check-in for a meeting. */
export const checkInsRoutes: RoutePlugin = (app, deps) => {
  moduleRoutes(app, "check-ins").post(
    "/meetings/:id/check-in",
    {
      summary: "The teammate's mood (1–5), energy and note for this meeting",
      params: meetingParamsSchema,
      body: checkInBodySchema,
      ok: checkInResponseSchema,
    },
    async ({ actor, params, body }) => ({ checkIn: await saveCheckIn(deps, actor, params.id, body) }),
  );
};
