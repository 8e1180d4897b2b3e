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
/** A token can never list, mint or revoke tokens: a leaked one cannot entrench itself. */
const config = { sessionOnly: true };

/** Personal API tokens for the Bearer scheme. */
export const tokensRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.get(
    "/tokens",
    {
      config,
      schema: {
        tags,
        summary: "List my API tokens",
        description: "Session only. Secrets are never shown again; the prefix tells tokens apart.",
        response: { 200: tokenListSchema },
      },
    },
    async (request) => ({
      tokens: await listTokens(deps, requireActor(request)),
    }),
  );
  r.post(
    "/tokens",
    {
      config,
      schema: {
        tags,
        summary: "Create an API token (shown once)",
        description: [
          'Session only. `scopes` defaults to `["read"]` (GET requests only); `write` allows every other method too.',
          "Needs a recent sign-in (within 15 minutes) or `currentPassword`: otherwise 403",
          "`reauthentication_required`, and the page asks for the password. Changing the password revokes every token.",
        ].join(" "),
        body: createTokenBodySchema,
        response: { 201: createdTokenSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createToken(deps, requireActor(request), request.body, requestMeta(request))),
  );
  r.delete(
    "/tokens/:id",
    {
      config,
      schema: {
        tags,
        summary: "Revoke an API token",
        description: "Session only. The token stops working at once.",
        params: tokenParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteToken(deps, requireActor(request), request.params.id, requestMeta(request));
      return reply.code(204).send(null);
    },
  );
};
