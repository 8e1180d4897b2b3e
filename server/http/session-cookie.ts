import type { FastifyReply } from "fastify";

export const SESSION_COOKIE = "rapport_session";
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Sets the HttpOnly, SameSite=Lax session cookie (Secure when served over https). */
export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure,
    signed: true,
    expires: expiresAt,
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure, signed: true });
}
