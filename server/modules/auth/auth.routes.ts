import {
  changePasswordBodySchema,
  loginBodySchema,
  meResponseSchema,
  signupBodySchema,
  signupResponseSchema,
  updateMeBodySchema,
  userResponseSchema,
} from "../../../shared/schemas/auth.js";
import { defineRoutes } from "../../http/module-routes.js";
import { clearSessionCookie, setSessionCookie } from "../../http/session-cookie.js";
import { changePassword, getMe, login, logout, signup, updateMe } from "./auth.service.js";

/** Sign up, sign in, sign out and the caller's own account. */
export const authRoutes = defineRoutes("auth", (api, deps) => {
  const secure = deps.config.appUrl.startsWith("https://");

  api.post(
    "/auth/signup",
    {
      summary: "Create an account and a workspace",
      auth: "none",
      body: signupBodySchema,
      created: signupResponseSchema,
    },
    async ({ body, meta, reply }) => {
      const { user, organization, session } = await signup(deps, body, meta);
      setSessionCookie(reply, session.token, session.expiresAt, secure);
      return { user, organization };
    },
  );

  api.post(
    "/auth/login",
    { summary: "Sign in with e-mail and password", auth: "none", body: loginBodySchema, ok: userResponseSchema },
    async ({ body, meta, reply }) => {
      const { user, session } = await login(deps, body, meta);
      setSessionCookie(reply, session.token, session.expiresAt, secure);
      return { user };
    },
  );

  api.post("/auth/logout", { summary: "Sign out", auth: "optional" }, async ({ actor, meta, reply }) => {
    await logout(deps, actor, meta);
    clearSessionCookie(reply, secure);
    return reply.code(204).send(null);
  });

  api.get("/me", { summary: "The caller and their workspaces", ok: meResponseSchema }, async ({ actor }) =>
    getMe(deps, actor),
  );

  api.patch(
    "/me",
    { summary: "Change name, language or time zone", body: updateMeBodySchema, ok: userResponseSchema },
    async ({ actor, body }) => ({ user: await updateMe(deps, actor, body) }),
  );

  api.put(
    "/me/password",
    {
      summary: "Change password; other sessions end, API tokens are revoked",
      description:
        "Session only. Ends every other session and revokes every API token of the account (each revocation audited); this browser gets a fresh session.",
      sessionOnly: true,
      body: changePasswordBodySchema,
      noContent: true,
    },
    async ({ actor, body, meta, reply }) => {
      const session = await changePassword(deps, actor, body, meta);
      if (session) setSessionCookie(reply, session.token, session.expiresAt, secure);
    },
  );
});
