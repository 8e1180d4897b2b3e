import type { FastifyReply, FastifyRequest } from "fastify";

/** Binds a pending link to the browser that signed in with the provider (the explicit confirmation reads it). */
export const SSO_LINK_COOKIE = "rapport_sso_link";
/** The pending-link and confirm-link routes sit under it. */
export const SSO_LINK_COOKIE_PATH = "/api/v1/auth/sso";

/** The pending link token this browser holds, if its signature is valid. */
export function readPendingLinkCookie(request: FastifyRequest): string | null {
  const raw = request.cookies[SSO_LINK_COOKIE];
  const unsigned = raw ? request.unsignCookie(raw) : null;
  return unsigned?.valid ? unsigned.value : null;
}

/** Forgets the pending link in the browser (confirmed, or another sign-in). */
export function clearPendingLinkCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SSO_LINK_COOKIE, {
    path: SSO_LINK_COOKIE_PATH,
    httpOnly: true,
    sameSite: "lax",
    secure,
    signed: true,
  });
}
