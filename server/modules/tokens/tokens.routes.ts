import { z } from "zod";
import {
  createdTokenSchema,
  createTokenBodySchema,
  tokenListSchema,
  tokenParamsSchema,
} from "../../../shared/schemas/tokens.js";
import { requireActor } from "../../http/authenticate.js";
import { requestMeta } from "../../http/request-meta.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { createToken, deleteToken, listTokens } from "./tokens.service.js";

const tags = ["tokens"];

/** Personal API tokens for the Bearer scheme. */
export const tokensRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.get(
    "/tokens",
    { schema: { tags, summary: "List my API tokens", response: { 200: tokenListSchema } } },
    async (request) => ({
      tokens: await listTokens(deps, requireActor(request)),
    }),
  );
  r.post(
    "/tokens",
    {
      schema: {
        tags,
        summary: "Create an API token (shown once)",
        body: createTokenBodySchema,
        response: { 201: createdTokenSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createToken(deps, requireActor(request), request.body.name, requestMeta(request))),
  );
  r.delete(
    "/tokens/:id",
    { schema: { tags, summary: "Revoke an API token", params: tokenParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteToken(deps, requireActor(request), request.params.id, requestMeta(request));
      return reply.code(204).send(null);
    },
  );
};
