import { meetingParamsSchema } from "../../../shared/schemas/meetings.js";
import { checkInBodySchema, checkInResponseSchema } from "../../../shared/schemas/memory.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { saveCheckIn } from "./check-ins.service.js";

/** The teammate's check-in for a meeting. */
export const checkInsRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.post(
    "/meetings/:id/check-in",
    {
      schema: {
        tags: ["check-ins"],
        summary: "The teammate's mood (1–5), energy and note for this meeting",
        params: meetingParamsSchema,
        body: checkInBodySchema,
        response: { 200: checkInResponseSchema },
      },
    },
    async (request) => ({ checkIn: await saveCheckIn(deps, requireActor(request), request.params.id, request.body) }),
  );
};
