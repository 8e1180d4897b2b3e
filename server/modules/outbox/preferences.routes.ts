import { z } from "zod";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { outboxListSchema, outboxQuerySchema } from "../../../shared/schemas/outbox.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { listOutbox } from "./outbox-log.js";
import { getPreferences, updatePreferences } from "./preferences.service.js";

const preferencesSchema = z.object({
  reminders: z.boolean(),
  recaps: z.boolean(),
  digest: z.boolean(),
  nudges: z.boolean(),
});
const patchSchema = preferencesSchema
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "Nothing to update" });

/** Which e-mails the caller receives, and the workspace's e-mail log for admins. */
export const preferencesRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.get(
    "/me/notifications",
    { schema: { tags: ["notifications"], summary: "My e-mail preferences", response: { 200: preferencesSchema } } },
    async (request) => getPreferences(deps, requireActor(request)),
  );
  r.patch(
    "/me/notifications",
    {
      schema: {
        tags: ["notifications"],
        summary: "Turn kinds of e-mail on or off",
        body: patchSchema,
        response: { 200: preferencesSchema },
      },
    },
    async (request) => updatePreferences(deps, requireActor(request), request.body),
  );
  r.get(
    "/orgs/:orgId/outbox",
    {
      schema: {
        tags: ["notifications"],
        summary: "The workspace's e-mail log (admins; bodies only where they hold no 1:1 content)",
        params: orgParamsSchema,
        querystring: outboxQuerySchema,
        response: { 200: outboxListSchema },
      },
    },
    async (request) => listOutbox(deps, requireActor(request), request.params.orgId, request.query),
  );
};
