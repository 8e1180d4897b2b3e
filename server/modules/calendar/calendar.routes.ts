import { z } from "zod";
import { defineRoutes } from "../../http/module-routes.js";
import { getFeedUrl, renderFeed, rotateFeedUrl } from "./calendar.service.js";

const feedUrlSchema = z.object({ url: z.string() });

/** The caller's secret ICS feed URL, and its rotation. */
export const calendarRoutes = defineRoutes("calendar", (api, deps) => {
  api.get(
    "/calendar-feed",
    { summary: "My secret calendar feed URL", sessionOnly: true, ok: feedUrlSchema },
    async ({ actor }) => ({ url: await getFeedUrl(deps, actor) }),
  );
  api.post(
    "/calendar-feed/rotate",
    { summary: "Replace my feed URL; the old one stops working", sessionOnly: true, ok: feedUrlSchema },
    async ({ actor, meta }) => ({ url: await rotateFeedUrl(deps, actor, meta) }),
  );
});

/** `GET /calendar/:token.ics` — outside /api: calendar clients fetch it with the token as the only credential. */
export const calendarFeedRoute = defineRoutes("calendar", (api, deps) => {
  api.get(
    "/calendar/:file",
    {
      summary: "The ICS feed (text/calendar) behind a secret URL",
      auth: "none",
      params: z.object({
        file: z
          .string()
          .max(300)
          .regex(/^[\w.-]+\.ics$/, "must be <token>.ics"),
      }),
    },
    async ({ params, reply }) => {
      const ics = await renderFeed(deps, params.file.slice(0, -".ics".length));
      return reply
        .type("text/calendar; charset=utf-8")
        .header("cache-control", "private, max-age=300")
        .header("content-disposition", 'inline; filename="rapport.ics"')
        .send(ics);
    },
  );
});
