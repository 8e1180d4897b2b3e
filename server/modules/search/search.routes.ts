import { searchQuerySchema, searchResponseSchema } from "../../../shared/schemas/search.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { search } from "./search.service.js";

/** Full-text search across everything the caller may see. */
export const searchRoutes: RoutePlugin = (app, deps) => {
  typed(app).get(
    "/search",
    {
      schema: {
        tags: ["search"],
        summary: "Search talking points, shared notes, my private notes, actions, feedback and goals",
        querystring: searchQuerySchema,
        response: { 200: searchResponseSchema },
      },
    },
    async (request) => ({ results: await search(deps, requireActor(request), request.query.q, request.query.limit) }),
  );
};
