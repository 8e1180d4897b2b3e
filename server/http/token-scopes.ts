import type { FastifyRequest } from "fastify";
import type { TokenScope } from "../../shared/schemas/tokens.js";
import { forbidden } from "./errors.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Only a signed-in browser session may call this route; API tokens get 403 whatever their scopes. */
    sessionOnly?: boolean;
    /** The scope a token needs when the method says too little (the live WebSocket is a GET that can edit notes). */
    tokenScope?: TokenScope;
  }
}

const READ_METHODS = new Set(["GET", "HEAD"]);

/**
 * What a token may call: GET and HEAD need `read`, anything else needs `write`,
 * and session-only routes (token management, password, calendar feed) refuse tokens outright.
 */
export function assertTokenMayCall(request: FastifyRequest, scopes: readonly TokenScope[]): void {
  if (request.routeOptions.config?.sessionOnly) {
    throw forbidden("session_required", "This needs a signed-in session; API tokens cannot do it");
  }
  const needed: TokenScope =
    request.routeOptions.config?.tokenScope ?? (READ_METHODS.has(request.method) ? "read" : "write");
  if (!scopes.includes(needed)) {
    throw forbidden("insufficient_scope", `This token lacks the "${needed}" scope`);
  }
}
