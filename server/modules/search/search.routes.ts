import { searchQuerySchema, searchResponseSchema } from "../../../shared/schemas/search.js";
import { defineRoutes } from "../../http/module-routes.js";
import { search } from "./search.service.js";

/** Full-text search across everything the caller may see. */
export const searchRoutes = defineRoutes("search", (api, deps) => {
  api.get(
    "/search",
    {
      summary: "Search talking points, shared notes, my private notes, actions, feedback and goals",
      query: searchQuerySchema,
      ok: searchResponseSchema,
    },
    async ({ actor, query }) => ({ results: await search(deps, actor, query.q, query.limit) }),
  );
});
