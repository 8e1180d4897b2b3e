import type { FastifyInstance } from "fastify";

/** A route as registered: one method and the full URL (with its prefix), e.g. `GET /api/v1/meetings/:id`. */
export interface RegisteredRoute {
  method: string;
  url: string;
  /** The route keeps itself out of the OpenAPI document (`schema.hide`), e.g. each static file. */
  hidden: boolean;
}

const registries = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Records every route registered from now on; call before the first route. */
export function trackRoutes(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  registries.set(app, routes);
  app.addHook("onRoute", (route) => {
    const hidden = (route.schema as { hide?: boolean } | undefined)?.hide === true;
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, hidden });
  });
}

/** Every route the app answers, as registered (the OpenAPI test compares them with the document). */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return registries.get(app) ?? [];
}
