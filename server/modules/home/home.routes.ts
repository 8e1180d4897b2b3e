import { homeSchema } from "../../../shared/schemas/meetings.js";
import { defineRoutes } from "../../http/module-routes.js";
import { getHome } from "./home.service.js";

/** The caller's home page: above meetings (it reads them), so meetings need not know it. */
export const homeRoutes = defineRoutes("meetings", (api, deps) => {
  api.get("/home", { summary: "My upcoming 1:1s and open actions", ok: homeSchema }, async ({ actor }) =>
    getHome(deps, actor),
  );
});
