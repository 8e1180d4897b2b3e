import { z } from "zod";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
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

/** Which e-mails the caller receives. */
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
};
