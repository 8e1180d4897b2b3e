import type { FastifyReply } from "fastify";
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
import { AppError } from "../../http/errors.js";
import { defineRoutes } from "../../http/module-routes.js";
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

/** Binds a sign-in attempt to the browser that started it (login CSRF); holds only the state. */
const SSO_COOKIE = "rapport_sso";
const SSO_COOKIE_PATH = "/api/v1/auth/sso";

/** Sends the browser back to the login page with the reason, which the page explains. */
function toLoginPage(reply: FastifyReply, error: unknown, log: { error: (o: object, m: string) => void }) {
  const code = error instanceof AppError ? error.code : "sso_failed";
  if (!(error instanceof AppError)) log.error({ err: error }, "SSO sign-in failed unexpectedly");
  return reply.redirect(`/login?sso_error=${encodeURIComponent(code)}`, 302);
}

/**
 * Workspace SSO settings (admins) and the OpenID Connect sign-in (start and callback).
 * The settings decide who signs in: browser sessions only, never an API token (P7).
 */
export const ssoRoutes = defineRoutes("sso", (api, deps) => {
  const secure = deps.config.appUrl.startsWith("https://");

  api.get(
    "/orgs/:orgId/sso",
    {
      summary: "The workspace's single sign-on settings; never the client secret (admins, session only)",
      sessionOnly: true,
      params: orgParamsSchema,
      ok: ssoSettingsResponseSchema,
    },
    async ({ actor, params }) => getSsoSettings(deps, actor, params.orgId),
  );

  api.put(
    "/orgs/:orgId/sso",
    {
      summary:
        "Set up or change single sign-on with an OpenID Connect provider (admins, session only, recent sign-in or currentPassword)",
      sessionOnly: true,
      params: orgParamsSchema,
      body: putSsoConfigBodySchema,
      ok: ssoSettingsResponseSchema,
    },
    async ({ actor, params, body, meta }) => putSsoConfig(deps, actor, params.orgId, body, meta),
  );

  api.delete(
    "/orgs/:orgId/sso",
    {
      summary: "Remove single sign-on settings (admins, session only, recent sign-in or currentPassword)",
      sessionOnly: true,
      params: orgParamsSchema,
      body: ssoSudoBodySchema,
      noContent: true,
    },
    async ({ actor, params, body, meta }) => removeSsoConfig(deps, actor, params.orgId, body, meta),
  );

  api.post(
    "/orgs/:orgId/sso/verify-domain",
    {
      summary:
        "Verify the e-mail domain by its DNS TXT record; only a verified domain routes sign-ins and creates accounts (admins, session only, recent sign-in or currentPassword)",
      sessionOnly: true,
      params: orgParamsSchema,
      body: ssoSudoBodySchema,
      ok: ssoSettingsResponseSchema,
    },
    async ({ actor, params, body, meta }) => verifySsoDomain(deps, actor, params.orgId, body, meta),
  );

  api.get(
    "/auth/sso/pending-link",
    {
      summary: "The workspace sign-in this browser was asked to confirm with the account's password",
      auth: "none",
      ok: ssoPendingLinkResponseSchema,
    },
    async ({ request, reply }) => {
      reply.header("cache-control", "no-store");
      return getPendingLink(deps, readPendingLinkCookie(request));
    },
  );

  api.post(
    "/auth/sso/confirm-link",
    {
      summary:
        "Link the workspace's sign-in this browser was asked about to the existing account: signs in with its password",
      auth: "none",
      body: ssoConfirmLinkBodySchema,
      ok: userResponseSchema,
    },
    async ({ request, reply, body, meta }) => {
      const { user, session } = await confirmLinkWithPassword(
        deps,
        readPendingLinkCookie(request),
        body.password,
        meta,
      );
      clearPendingLinkCookie(reply, secure);
      setSessionCookie(reply, session.token, session.expiresAt, secure);
      return { user };
    },
  );

  api.get(
    "/auth/sso/start",
    {
      summary: "Redirect to the workspace's identity provider (by orgId or by work e-mail)",
      auth: "none",
      query: ssoStartQuerySchema,
    },
    async ({ request, reply, query, meta }) => {
      try {
        const started = await startSsoLogin(deps, query, meta);
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

  api.get(
    "/auth/sso/callback",
    {
      summary: "Where the identity provider sends the browser back; signs in and redirects into the app",
      auth: "none",
      query: ssoCallbackQuerySchema,
    },
    async ({ request, reply, query, meta }) => {
      reply.header("cache-control", "no-store");
      reply.header("referrer-policy", "no-referrer");
      const raw = request.cookies[SSO_COOKIE];
      const unsigned = raw ? request.unsignCookie(raw) : null;
      const browserState = unsigned?.valid ? unsigned.value : null;
      reply.clearCookie(SSO_COOKIE, { path: SSO_COOKIE_PATH, httpOnly: true, sameSite: "lax", secure, signed: true });
      try {
        const outcome = await finishSsoLogin(deps, query, browserState, meta);
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
});
