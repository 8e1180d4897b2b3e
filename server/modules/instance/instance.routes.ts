import { instanceResponseSchema } from "../../../shared/schemas/instance.js";
import { defineRoutes } from "../../http/module-routes.js";
import { describeInstance } from "./instance.service.js";

/** The instance as a visitor who is not signed in sees it. */
export const instanceRoutes = defineRoutes("system", (api, deps) => {
  api.get(
    "/instance",
    {
      summary: "First run and SSO availability, for the sign-in page",
      description:
        "Public. `firstRun` is true while no account exists (the app then opens on sign-up); `ssoSignIn` is true when some workspace signs in with its identity provider.",
      auth: "none",
      ok: instanceResponseSchema,
    },
    async () => describeInstance(deps),
  );
});
