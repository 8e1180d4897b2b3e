import type { FastifyReply } from "fastify";
import { z } from "zod";
import { userResponseSchema } from "../../../shared/schemas/auth.js";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  putSsoConfigBodySchema,
  ssoCallbackQuerySchema,
  ssoConfirmLinkBodySchema,
  ssoPendingLinkResponseSchema,
  ssoSettingsResponseSchema,
  ssoStartQuerySchema,
  ssoSudoBodySchema,
} from "../../../shared/schemas/sso.js";
import { requireActor } from "../../http/authenticate.js";
import { AppError } from "../../http/errors.js";
import { requestMeta } from "../../http/request-meta.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { setSessionCookie } from "../../http/session-cookie.js";
import { getSsoSettings, putSsoConfig, removeSsoConfig, verifySsoDomain } from "./sso-config.service.js";
import { confirmLinkWithPassword, getPendingLink } from "./sso-link.service.js";
import {
  clearPendingLinkCookie,
  readPendingLinkCookie,
  SSO_LINK_COOKIE,
  SSO_LINK_COOKIE_PATH,
} from "./sso-link-cookie.js";
import { finishSsoLogin, SSO_ATTEMPT_TTL_MS, SSO_LINK_TTL_MS, startSsoLogin } from "./sso-login.service.js";

const tags = ["sso"];
/** Binds a sign-in attempt to the browser that started it (login CSRF); holds only the state. */
const SSO_COOKIE = "rapport_sso";
const SSO_COOKIE_PATH = "/api/v1/auth/sso";

/** Sends the browser back to the login page with the reason, which the page explains. */
function toLoginPage(reply: FastifyReply, error: unknown, log: { error: (o: object, m: string) => void }) {
  const code = error instanceof AppError ? error.code : "sso_failed";
  if (!(error instanceof AppError)) log.error({ err: error }, "SSO sign-in failed unexpectedly");
  return reply.redirect(`/login?sso_error=${encodeURIComponent(code)}`, 302);
}

/** SSO settings decide who signs in: browser sessions only, never an API token (P7). */
const config = { sessionOnly: true };

/** Workspace SSO settings (admins) and the OpenID Connect sign-in (start and callback). */
export const ssoRoutes: RoutePlugin = (app, deps) => {
  const secure = deps.config.appUrl.startsWith("https://");
  const r = typed(app);

  r.get(
    "/orgs/:orgId/sso",
    {
      config,
      schema: {
        tags,
        summary: "The workspace's single sign-on settings; never the client secret (admins, session only)",
        params: orgParamsSchema,
        response: { 200: ssoSettingsResponseSchema },
      },
    },
    async (request) => getSsoSettings(deps, requireActor(request), request.params.orgId),
  );

  r.put(
    "/orgs/:orgId/sso",
    {
      config,
      schema: {
        tags,
        summary:
          "Set up or change single sign-on with an OpenID Connect provider (admins, session only, recent sign-in or currentPassword)",
        params: orgParamsSchema,
        body: putSsoConfigBodySchema,
        response: { 200: ssoSettingsResponseSchema },
      },
    },
    async (request) =>
      putSsoConfig(deps, requireActor(request), request.params.orgId, request.body, requestMeta(request)),
  );

  r.delete(
    "/orgs/:orgId/sso",
    {
      config,
      schema: {
        tags,
        summary: "Remove single sign-on settings (admins, session only, recent sign-in or currentPassword)",
        params: orgParamsSchema,
        body: ssoSudoBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeSsoConfig(deps, requireActor(request), request.params.orgId, request.body, requestMeta(request));
      return reply.code(204).send(null);
    },
  );

  r.post(
    "/orgs/:orgId/sso/verify-domain",
    {
      config,
      schema: {
        tags,
        summary:
          "Verify the e-mail domain by its DNS TXT record; only a verified domain routes sign-ins and creates accounts (admins, session only, recent sign-in or currentPassword)",
        params: orgParamsSchema,
        body: ssoSudoBodySchema,
        response: { 200: ssoSettingsResponseSchema },
      },
    },
    async (request) =>
      verifySsoDomain(deps, requireActor(request), request.params.orgId, request.body, requestMeta(request)),
  );

  r.get(
    "/auth/sso/pending-link",
    {
      schema: {
        tags,
        summary: "The workspace sign-in this browser was asked to confirm with the account's password",
        response: { 200: ssoPendingLinkResponseSchema },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return getPendingLink(deps, readPendingLinkCookie(request));
    },
  );

  r.post(
    "/auth/sso/confirm-link",
    {
      schema: {
        tags,
        summary:
          "Link the workspace's sign-in this browser was asked about to the existing account: signs in with its password",
        body: ssoConfirmLinkBodySchema,
        response: { 200: userResponseSchema },
      },
    },
    async (request, reply) => {
      const { user, session } = await confirmLinkWithPassword(
        deps,
        readPendingLinkCookie(request),
        request.body.password,
        requestMeta(request),
      );
      clearPendingLinkCookie(reply, secure);
      setSessionCookie(reply, session.token, session.expiresAt, secure);
      return { user };
    },
  );

  r.get(
    "/auth/sso/start",
    {
      schema: {
        tags,
        summary: "Redirect to the workspace's identity provider (by orgId or by work e-mail)",
        querystring: ssoStartQuerySchema,
      },
    },
    async (request, reply) => {
      try {
        const started = await startSsoLogin(deps, request.query, requestMeta(request));
        reply.setCookie(SSO_COOKIE, started.state, {
          path: SSO_COOKIE_PATH,
          httpOnly: true,
          // Lax: the provider's redirect back is a top-level GET, which still carries it.
          sameSite: "lax",
          secure,
          signed: true,
          maxAge: SSO_ATTEMPT_TTL_MS / 1000,
        });
        reply.header("cache-control", "no-store");
        return reply.redirect(started.authorizationUrl, 302);
      } catch (error) {
        return toLoginPage(reply, error, request.log);
      }
    },
  );

  r.get(
    "/auth/sso/callback",
    {
      schema: {
        tags,
        summary: "Where the identity provider sends the browser back; signs in and redirects into the app",
        querystring: ssoCallbackQuerySchema,
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      reply.header("referrer-policy", "no-referrer");
      const raw = request.cookies[SSO_COOKIE];
      const unsigned = raw ? request.unsignCookie(raw) : null;
      const browserState = unsigned?.valid ? unsigned.value : null;
      reply.clearCookie(SSO_COOKIE, { path: SSO_COOKIE_PATH, httpOnly: true, sameSite: "lax", secure, signed: true });
      try {
        const outcome = await finishSsoLogin(deps, request.query, browserState, requestMeta(request));
        if (outcome.kind === "pending_link") {
          // An existing account: its owner confirms with their password on the login page, in this browser.
          reply.setCookie(SSO_LINK_COOKIE, outcome.token, {
            path: SSO_LINK_COOKIE_PATH,
            httpOnly: true,
            sameSite: "lax",
            secure,
            signed: true,
            maxAge: SSO_LINK_TTL_MS / 1000,
          });
          return reply.redirect("/login?sso_link=pending", 302);
        }
        setSessionCookie(reply, outcome.session.token, outcome.session.expiresAt, secure);
        return reply.redirect(outcome.returnTo ?? "/", 302);
      } catch (error) {
        return toLoginPage(reply, error, request.log);
      }
    },
  );
};
