import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Actor, Deps, RequestMeta } from "../context.js";
import { requireActor } from "./authenticate.js";
import { requestMeta } from "./request-meta.js";
import type { RoutePlugin } from "./route-types.js";

type Schema = z.ZodType;

/**
 * One route: its OpenAPI words, its inputs and its answer. Give at most one of `ok` (200), `created` (201,
 * the handler's result sent with that status) and `noContent` (204, the handler returns nothing); a route
 * with none of them answers through `reply` itself (a redirect, a file).
 */
export interface RouteSpec {
  summary: string;
  description?: string;
  /** Who may call: a signed-in actor unless said otherwise (`"optional"`: actor or null; `"none"`: public). */
  auth?: "optional" | "none";
  /** Browser sessions only: API tokens get 403 `session_required` (ADR 0009). */
  sessionOnly?: true;
  params?: Schema;
  query?: Schema;
  body?: Schema;
  ok?: Schema;
  created?: Schema;
  noContent?: true;
  /** The 409 answer's shape, for routes whose conflict carries the current state. */
  conflict?: Schema;
  produces?: readonly string[];
}

type Parsed<S, K extends string> = S extends { [P in K]: infer T extends Schema } ? z.output<T> : undefined;

type Caller<S> = S extends { auth: "none" }
  ? unknown
  : S extends { auth: "optional" }
    ? { actor: Actor | null }
    : { actor: Actor };

/** What a handler receives: the caller, the parsed inputs, and the raw request and reply for what is left. */
export type RouteContext<S extends RouteSpec> = Caller<S> & {
  params: Parsed<S, "params">;
  query: Parsed<S, "query">;
  body: Parsed<S, "body">;
  /** The request facts services record (address, user agent, presented session). */
  readonly meta: RequestMeta;
  request: FastifyRequest;
  reply: FastifyReply;
};

/** What a handler returns: the body of its success answer, checked against its schema (ignored for a 204). */
type Answer<S> = S extends { created: infer T extends Schema }
  ? z.input<T>
  : S extends { ok: infer T extends Schema }
    ? z.input<T>
    : unknown;

type Handler<S extends RouteSpec> = (context: RouteContext<S>) => Promise<Answer<S>>;
type Declare = <const S extends RouteSpec>(url: string, spec: S, handler: Handler<NoInfer<S>>) => void;

/** A module's route declarer: `get`, `post`, `put`, `patch` and `delete`, all under one OpenAPI tag. */
export interface ModuleRoutes {
  get: Declare;
  post: Declare;
  put: Declare;
  patch: Declare;
  delete: Declare;
}

function responses(spec: RouteSpec): Record<number, Schema> | undefined {
  const answers = [spec.ok, spec.created, spec.noContent].filter((a) => a !== undefined);
  if (answers.length > 1) throw new Error(`"${spec.summary}": give one of ok, created, noContent`);
  const byCode: Record<number, Schema> = {};
  if (spec.ok) byCode[200] = spec.ok;
  if (spec.created) byCode[201] = spec.created;
  if (spec.noContent) byCode[204] = z.null();
  if (spec.conflict) byCode[409] = spec.conflict;
  return Object.keys(byCode).length > 0 ? byCode : undefined;
}

/** The Fastify schema of a spec; keys left out stay out, so the OpenAPI document shows only what was given. */
function schemaOf(tag: string, spec: RouteSpec): Record<string, unknown> {
  const schema: Record<string, unknown> = { tags: [tag], summary: spec.summary };
  const entries: Array<[string, unknown]> = [
    ["description", spec.description],
    ["params", spec.params],
    ["querystring", spec.query],
    ["body", spec.body],
    ["produces", spec.produces],
    ["response", responses(spec)],
  ];
  for (const [key, value] of entries) if (value !== undefined) schema[key] = value;
  return schema;
}

/** The handler's context; the caller is checked first (401), and `meta` is read only by handlers that name it. */
function contextOf(spec: RouteSpec, request: FastifyRequest, reply: FastifyReply) {
  const actor = spec.auth === "none" ? undefined : spec.auth === "optional" ? request.actor : requireActor(request);
  return {
    actor,
    params: request.params,
    query: request.query,
    body: request.body,
    request,
    reply,
    get meta() {
      return requestMeta(request);
    },
  };
}

/** The declarer for one tag: each route goes to Fastify with its schema, and its handler gets a RouteContext. */
function moduleRoutes(app: FastifyInstance, tag: string): ModuleRoutes {
  const declare =
    (method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"): Declare =>
    (url, spec, handler) => {
      app.route({
        method,
        url,
        ...(spec.sessionOnly ? { config: { sessionOnly: true } } : {}),
        schema: schemaOf(tag, spec),
        handler: async (request, reply) => {
          const result = await handler(contextOf(spec, request, reply) as never);
          if (spec.noContent) return reply.code(204).send(null);
          if (spec.created) reply.code(201);
          return result;
        },
      });
    };
  return {
    get: declare("GET"),
    post: declare("POST"),
    put: declare("PUT"),
    patch: declare("PATCH"),
    delete: declare("DELETE"),
  };
}

/**
 * A module's routes, all under its OpenAPI tag, without the ceremony:
 *
 *     export const agendaRoutes = defineRoutes("agenda", (api, deps) => {
 *       api.post("/meetings/:id/agenda-items", { summary, params, body, created: schema },
 *         async ({ actor, params, body }) => ({ agendaItem: await addAgendaItem(deps, actor, params.id, body) }));
 *     });
 *
 * Inputs are validated by their zod schemas before the handler runs, and the handler's result is type-checked
 * against, then serialized by, the answer's schema. The caller is required unless the spec says `auth`.
 */
export function defineRoutes(tag: string, declare: (api: ModuleRoutes, deps: Deps) => void): RoutePlugin {
  return (app, deps) => declare(moduleRoutes(app, tag), deps);
}
