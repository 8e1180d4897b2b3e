import { z } from "zod";
import { requireActor } from "../../http/authenticate.js";
import { requestMeta } from "../../http/request-meta.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { getFeedUrl, renderFeed, rotateFeedUrl } from "./calendar.service.js";

const feedUrlSchema = z.object({ url: z.string() });

/** The caller's secret ICS feed URL, and its rotation. */
export const calendarRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.get(
    "/calendar-feed",
    {
      config: { sessionOnly: true },
      schema: { tags: ["calendar"], summary: "My secret calendar feed URL", response: { 200: feedUrlSchema } },
    },
    async (request) => ({ url: await getFeedUrl(deps, requireActor(request)) }),
  );
  r.post(
    "/calendar-feed/rotate",
    {
      config: { sessionOnly: true },
      schema: {
        tags: ["calendar"],
        summary: "Replace my feed URL; the old one stops working",
        response: { 200: feedUrlSchema },
      },
    },
    async (request) => ({ url: await rotateFeedUrl(deps, requireActor(request), requestMeta(request)) }),
  );
};

/** `GET /calendar/:token.ics` — outside /api: calendar clients fetch it with the token as the only credential. */
export const calendarFeedRoute: RoutePlugin = (app, deps) => {
  typed(app).get(
    "/calendar/:file",
    {
      schema: {
        tags: ["calendar"],
        summary: "The ICS feed (text/calendar) behind a secret URL",
        params: z.object({
          file: z
            .string()
            .max(300)
            .regex(/^[\w.-]+\.ics$/, "must be <token>.ics"),
        }),
      },
    },
    async (request, reply) => {
      const ics = await renderFeed(deps, request.params.file.slice(0, -".ics".length));
      return reply
        .type("text/calendar; charset=utf-8")
        .header("cache-control", "private, max-age=300")
        .header("content-disposition", 'inline; filename="rapport.ics"')
        .send(ics);
    },
  );
};
