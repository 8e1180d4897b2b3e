import type { FastifyInstance, FastifyRequest } from "fastify";
import { forbidden } from "./errors.js";
import { SESSION_COOKIE } from "./session-cookie.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return "invalid";
  }
}

export function isSameOrigin(request: FastifyRequest, appOrigin: string, claimed: string): boolean {
  if (claimed === appOrigin) return true;
  // The server also answers on the host it was reached by (127.0.0.1 vs localhost).
  return claimed === `${request.protocol}://${request.host}`;
}

/**
 * Refuses cross-site state changes (CSRF). Bearer-token calls carry no ambient
 * authority and pass; a request with neither Origin nor Referer passes only if
 * it carries no session cookie.
 */
export function registerSameOriginCheck(app: FastifyInstance, appUrl: string): void {
  const appOrigin = new URL(appUrl).origin;
  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (request.headers.authorization?.startsWith("Bearer ")) return;
    const claimed = originOf(request.headers.origin) ?? originOf(request.headers.referer);
    if (claimed === null) {
      if (request.cookies[SESSION_COOKIE]) {
        throw forbidden("cross_site_request", "Missing Origin header on a cookie-authenticated request");
      }
      return;
    }
    if (!isSameOrigin(request, appOrigin, claimed)) {
      throw forbidden("cross_site_request", "Cross-site request refused");
    }
  });
}
