import { z } from "zod";
import {
  changePasswordBodySchema,
  loginBodySchema,
  meResponseSchema,
  signupBodySchema,
  signupResponseSchema,
  updateMeBodySchema,
  userResponseSchema,
} from "../../../shared/schemas/auth.js";
import { requireActor } from "../../http/authenticate.js";
import { requestMeta } from "../../http/request-meta.js";
import type { RoutePlugin } from "../../http/route-types.js";
import { typed } from "../../http/route-types.js";
import { clearSessionCookie, setSessionCookie } from "../../http/session-cookie.js";
import { changePassword, getMe, login, logout, signup, updateMe } from "./auth.service.js";

const tags = ["auth"];

/** Sign up, sign in, sign out and the caller's own account. */
export const authRoutes: RoutePlugin = (app, deps) => {
  const secure = deps.config.appUrl.startsWith("https://");
  const r = typed(app);

  r.post(
    "/auth/signup",
    {
      schema: {
        tags,
        summary: "Create an account and a workspace",
        body: signupBodySchema,
        response: { 201: signupResponseSchema },
      },
    },
    async (request, reply) => {
      const { user, organization, session } = await signup(deps, request.body, requestMeta(request));
      setSessionCookie(reply, session.token, session.expiresAt, secure);
      return reply.code(201).send({ user, organization });
    },
  );

  r.post(
    "/auth/login",
    {
      schema: {
        tags,
        summary: "Sign in with e-mail and password",
        body: loginBodySchema,
        response: { 200: userResponseSchema },
      },
    },
    async (request, reply) => {
      const { user, session } = await login(deps, request.body, requestMeta(request));
      setSessionCookie(reply, session.token, session.expiresAt, secure);
      return { user };
    },
  );

  r.post("/auth/logout", { schema: { tags, summary: "Sign out" } }, async (request, reply) => {
    await logout(deps, request.actor, requestMeta(request));
    clearSessionCookie(reply, secure);
    return reply.code(204).send(null);
  });

  r.get(
    "/me",
    { schema: { tags, summary: "The caller and their workspaces", response: { 200: meResponseSchema } } },
    async (request) => getMe(deps, requireActor(request)),
  );

  r.patch(
    "/me",
    {
      schema: {
        tags,
        summary: "Change name, language or time zone",
        body: updateMeBodySchema,
        response: { 200: userResponseSchema },
      },
    },
    async (request) => ({ user: await updateMe(deps, requireActor(request), request.body) }),
  );

  r.put(
    "/me/password",
    {
      config: { sessionOnly: true },
      schema: {
        tags,
        summary: "Change password; other sessions end, API tokens are revoked",
        description:
          "Session only. Ends every other session and revokes every API token of the account (each revocation audited); this browser gets a fresh session.",
        body: changePasswordBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const session = await changePassword(deps, requireActor(request), request.body, requestMeta(request));
      if (session) setSessionCookie(reply, session.token, session.expiresAt, secure);
      return reply.code(204).send(null);
    },
  );
};
