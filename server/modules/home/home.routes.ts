import { homeSchema } from "../../../shared/schemas/meetings.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { getHome } from "./home.service.js";

/** The caller's home page: above meetings (it reads them), so meetings need not know it. */
export const homeRoutes: RoutePlugin = (app, deps) => {
  typed(app).get(
    "/home",
    { schema: { tags: ["meetings"], summary: "My upcoming 1:1s and open actions", response: { 200: homeSchema } } },
    async (request) => getHome(deps, requireActor(request)),
  );
};
