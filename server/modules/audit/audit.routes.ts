import { auditListSchema, auditQuerySchema } from "../../../shared/schemas/audit.js";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { defineRoutes } from "../../http/module-routes.js";
import { listAuditLog } from "./audit-log.js";

/** The workspace's audit log (admins). */
export const auditRoutes = defineRoutes("audit", (api, deps) => {
  api.get(
    "/orgs/:orgId/audit",
    {
      summary: "Security events of the workspace, newest first (admins; events only, never content)",
      description:
        "Sign-ins and sign-outs, password and token changes, invitations, role, manager and status changes, " +
        "1:1s started and meetings completed, cancelled or moved, calendar feeds rotated: who, what, to whom, " +
        "when and from which address. Account events (sign-ins, tokens, feeds) of members appear in each of " +
        "their workspaces, only from while they were active members there (not before they joined, not after " +
        "they were deactivated, not while they were away). Page with `before` = the previous page's `nextCursor`.",
      params: orgParamsSchema,
      query: auditQuerySchema,
      ok: auditListSchema,
    },
    async ({ actor, params, query }) => listAuditLog(deps, actor, params.orgId, query),
  );
});
