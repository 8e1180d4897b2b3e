import { analyticsSchema } from "../../../shared/schemas/analytics.js";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { dashboardSchema, insightsSchema } from "../../../shared/schemas/insights.js";
import { oneOnOneParamsSchema } from "../../../shared/schemas/one-on-ones.js";
import { defineRoutes } from "../../http/module-routes.js";
import { getAnalytics } from "./analytics.service.js";
import { getDashboard } from "./dashboard.service.js";
import { getInsights } from "./insights.service.js";

/** Per-pair insights and the leader's dashboard. */
export const insightsRoutes = defineRoutes("insights", (api, deps) => {
  api.get(
    "/one-on-ones/:id/insights",
    {
      summary: "Cadence health, mood and usefulness over time (participants)",
      params: oneOnOneParamsSchema,
      ok: insightsSchema,
    },
    async ({ actor, params }) => getInsights(deps, actor, params.id),
  );
  api.get(
    "/dashboard",
    { summary: "Everyone I lead, who needs attention first", ok: dashboardSchema },
    async ({ actor }) => getDashboard(deps, actor),
  );
  api.get(
    "/orgs/:orgId/analytics",
    {
      summary: "Coverage, adherence and cancel/reschedule rates by team — metadata only (admins)",
      params: orgParamsSchema,
      ok: analyticsSchema,
    },
    async ({ actor, params }) => getAnalytics(deps, actor, params.orgId),
  );
});
