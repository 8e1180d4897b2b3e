import { meetingParamsSchema } from "../../../shared/schemas/meetings.js";
import { checkInBodySchema, checkInResponseSchema } from "../../../shared/schemas/memory.js";
import { defineRoutes } from "../../http/module-routes.js";
import { saveCheckIn } from "./check-ins.service.js";

/** The teammate's check-in for a meeting. */
export const checkInsRoutes = defineRoutes("check-ins", (api, deps) => {
  api.post(
    "/meetings/:id/check-in",
    {
      summary: "The teammate's mood (1–5), energy and note for this meeting",
      params: meetingParamsSchema,
      body: checkInBodySchema,
      ok: checkInResponseSchema,
    },
    async ({ actor, params, body }) => ({ checkIn: await saveCheckIn(deps, actor, params.id, body) }),
  );
});
