import { analyticsSchema } from "../../../shared/schemas/analytics.js";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { dashboardSchema, insightsSchema } from "../../../shared/schemas/insights.js";
import { oneOnOneParamsSchema } from "../../../shared/schemas/one-on-ones.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { getAnalytics } from "./analytics.service.js";
import { getDashboard } from "./dashboard.service.js";
import { getInsights } from "./insights.service.js";

/** Per-pair insights and the leader's dashboard. */
export const insightsRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.get(
    "/one-on-ones/:id/insights",
    {
      schema: {
        tags: ["insights"],
        summary: "Cadence health, mood and usefulness over time (participants)",
        params: oneOnOneParamsSchema,
        response: { 200: insightsSchema },
      },
    },
    async (request) => getInsights(deps, requireActor(request), request.params.id),
  );
  r.get(
    "/dashboard",
    {
      schema: {
        tags: ["insights"],
        summary: "Everyone I lead, who needs attention first",
        response: { 200: dashboardSchema },
      },
    },
    async (request) => getDashboard(deps, requireActor(request)),
  );
  r.get(
    "/orgs/:orgId/analytics",
    {
      schema: {
        tags: ["insights"],
        summary: "Coverage, adherence and cancel/reschedule rates by team — metadata only (admins)",
        params: orgParamsSchema,
        response: { 200: analyticsSchema },
      },
    },
    async (request) => getAnalytics(deps, requireActor(request), request.params.orgId),
  );
};
