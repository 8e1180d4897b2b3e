import { homeSchema } from "../../../shared/schemas/meetings.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { getHome } from "./home.service.js";

/** The home page: my upcoming 1:1s and open actions. */
export const homeRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.get(
    "/home",
    { schema: { tags: ["meetings"], summary: "My upcoming 1:1s and open actions", response: { 200: homeSchema } } },
    async (request) => getHome(deps, requireActor(request)),
  );
};
