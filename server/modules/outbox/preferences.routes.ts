import { z } from "zod";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { outboxListSchema, outboxQuerySchema } from "../../../shared/schemas/outbox.js";
import { defineRoutes } from "../../http/module-routes.js";
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
export const preferencesRoutes = defineRoutes("notifications", (api, deps) => {
  api.get("/me/notifications", { summary: "My e-mail preferences", ok: preferencesSchema }, async ({ actor }) =>
    getPreferences(deps, actor),
  );
  api.patch(
    "/me/notifications",
    { summary: "Turn kinds of e-mail on or off", body: patchSchema, ok: preferencesSchema },
    async ({ actor, body }) => updatePreferences(deps, actor, body),
  );
  api.get(
    "/orgs/:orgId/outbox",
    {
      summary: "The workspace's e-mail log (admins; bodies only where they hold no 1:1 content)",
      params: orgParamsSchema,
      query: outboxQuerySchema,
      ok: outboxListSchema,
    },
    async ({ actor, params, query }) => listOutbox(deps, actor, params.orgId, query),
  );
});
