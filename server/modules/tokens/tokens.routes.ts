import {
  createdTokenSchema,
  createTokenBodySchema,
  tokenListSchema,
  tokenParamsSchema,
} from "../../../shared/schemas/tokens.js";
import { defineRoutes } from "../../http/module-routes.js";
import { createToken, deleteToken, listTokens } from "./tokens.service.js";

/** Personal API tokens for the Bearer scheme; session only: a leaked token cannot list, mint or revoke tokens. */
export const tokensRoutes = defineRoutes("tokens", (api, deps) => {
  api.get(
    "/tokens",
    {
      summary: "List my API tokens",
      description: "Session only. Secrets are never shown again; the prefix tells tokens apart.",
      sessionOnly: true,
      ok: tokenListSchema,
    },
    async ({ actor }) => ({ tokens: await listTokens(deps, actor) }),
  );
  api.post(
    "/tokens",
    {
      summary: "Create an API token (shown once)",
      description: [
        'Session only. `scopes` defaults to `["read"]` (GET requests only); `write` allows every other method too.',
        "Needs a recent sign-in (within 15 minutes) or `currentPassword`: otherwise 403",
        "`reauthentication_required`, and the page asks for the password. Changing the password revokes every token.",
      ].join(" "),
      sessionOnly: true,
      body: createTokenBodySchema,
      created: createdTokenSchema,
    },
    async ({ actor, body, meta }) => createToken(deps, actor, body, meta),
  );
  api.delete(
    "/tokens/:id",
    {
      summary: "Revoke an API token",
      description: "Session only. The token stops working at once.",
      sessionOnly: true,
      params: tokenParamsSchema,
      noContent: true,
    },
    async ({ actor, params, meta }) => deleteToken(deps, actor, params.id, meta),
  );
});
