import { homeSchema } from "../../../shared/schemas/meetings.js";
import { moduleRoutes } from "../../http/module-routes.js";
import type { RoutePlugin } from "../../http/route-types.js";
import { getHome } from "./home.service.js";

/** The caller's home page: above meetings (it reads them), so meetings need not know it. */
export const homeRoutes: RoutePlugin = (app, deps) => {
  moduleRoutes(app, "meetings").get(
    "/home",
    { summary: "My upcoming 1:1s and open actions", ok: homeSchema },
    async ({ actor }) => getHome(deps, actor),
  );
};
