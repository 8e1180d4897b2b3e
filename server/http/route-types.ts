import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../context.js";

/** A module's routes: registered on the API scope with the shared dependencies. */
export type RoutePlugin = (app: FastifyInstance, deps: Deps) => void;

/** The Fastify instance typed for zod schemas, for routes outside a module (the health check); modules use `defineRoutes`. */
export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
