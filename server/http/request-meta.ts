import type { FastifyRequest } from "fastify";
import type { RequestMeta } from "../context.js";
import { hashToken } from "../modules/auth/secret-tokens.js";
import { SESSION_COOKIE } from "./session-cookie.js";

/** The session token in the request's signed cookie, whether or not it is still valid. */
function presentedSessionToken(request: FastifyRequest): string | null {
  const raw = request.cookies?.[SESSION_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : null;
}

/** The request facts services may record. */
export function requestMeta(request: FastifyRequest): RequestMeta {
  const token = presentedSessionToken(request);
  return {
    ip: request.ip,
    userAgent: request.headers["user-agent"] ?? null,
    presentedSessionHash: token ? hashToken(token) : null,
  };
}
