import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { LIVE_CLIENT_HEADER } from "../../shared/schemas/live.js";
import type { Actor, Deps } from "../context.js";
import { findSessionActor, findTokenActor, renewSession, touchToken } from "../modules/auth/auth.repo.js";
import { hashToken } from "../modules/auth/secret-tokens.js";
import { parseScopes } from "../modules/tokens/token-scopes.js";
import { unauthorized } from "./errors.js";
import { SESSION_COOKIE, SESSION_TTL_MS, setSessionCookie } from "./session-cookie.js";
import { assertTokenMayCall } from "./token-scopes.js";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const TOKEN_TOUCH_INTERVAL_MS = 60_000;
/** Each kind of secret has its own shape; anything else is refused before the database is asked. */
const API_TOKEN_SHAPE = /^rpt_[A-Za-z0-9_-]{43}$/;
const SESSION_TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Sessions slide: 30 days of inactivity end them. Once half of that is used,
 * a request renews the expiry (in the database and in the cookie).
 */
async function renewIfHalfUsed(
  reply: FastifyReply,
  deps: Deps,
  token: string,
  sessionId: string,
  expiresAt: string,
): Promise<void> {
  const now = deps.clock.now().getTime();
  if (new Date(expiresAt).getTime() - now > SESSION_TTL_MS / 2) return;
  const renewed = new Date(now + SESSION_TTL_MS);
  await renewSession(deps.db.kysely, sessionId, renewed.toISOString());
  setSessionCookie(reply, token, renewed, deps.config.appUrl.startsWith("https://"));
}

const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The tab id a browser sends with its writes; anything else is ignored. */
function clientOf(request: FastifyRequest): string | null {
  const value = request.headers[LIVE_CLIENT_HEADER];
  return typeof value === "string" && CLIENT_ID.test(value) ? value : null;
}

async function resolveActor(request: FastifyRequest, reply: FastifyReply, deps: Deps): Promise<Actor | null> {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) {
    const token = header.slice("Bearer ".length).trim();
    const row = API_TOKEN_SHAPE.test(token) ? await findTokenActor(deps.db, hashToken(token)) : undefined;
    if (!row) throw unauthorized("Invalid or revoked API token");
    assertTokenMayCall(request, parseScopes(row.scopes));
    const now = deps.clock.now();
    if (!row.lastUsedAt || now.getTime() - new Date(row.lastUsedAt).getTime() > TOKEN_TOUCH_INTERVAL_MS) {
      await touchToken(deps.db.kysely, row.tokenId, now.toISOString());
    }
    return {
      userId: row.userId,
      via: "token",
      sessionId: null,
      tokenId: row.tokenId,
      signedInAt: null,
      organizationScope: row.organizationId,
      locale: row.locale,
      client: clientOf(request),
    };
  }
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value || !SESSION_TOKEN_SHAPE.test(unsigned.value)) return null;
  const row = await findSessionActor(deps.db, hashToken(unsigned.value), deps.clock.now().toISOString());
  if (!row) return null;
  await renewIfHalfUsed(reply, deps, unsigned.value, row.sessionId, row.expiresAt);
  return {
    userId: row.userId,
    via: "session",
    sessionId: row.sessionId,
    tokenId: null,
    signedInAt: row.createdAt,
    organizationScope: row.organizationId,
    locale: row.locale,
    client: clientOf(request),
  };
}

/** Resolves the caller from a Bearer token or the session cookie on every API request. */
export function registerAuthentication(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request, reply) => {
    request.actor = await resolveActor(request, reply, deps);
  });
}

/** The signed-in caller, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}
