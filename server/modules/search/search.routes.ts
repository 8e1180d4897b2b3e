import { searchQuerySchema, searchResponseSchema } from "../../../shared/schemas/search.js";
import { moduleRoutes } from "../../http/module-routes.js";
import type { RoutePlugin } from "../../http/route-types.js";
import { search } from "./search.service.js";

/** Full-text search across everything the caller may see. */
export const searchRoutes: RoutePlugin = (app, deps) => {
  moduleRoutes(app, "search").get(
    "/search",
    {
      summary: "Search talking points, shared notes, my private notes, actions, feedback and goals",
      query: searchQuerySchema,
      ok: searchResponseSchema,
    },
    async ({ actor, query }) => ({ results: await search(deps, actor, query.q, query.limit) }),
  );
};
