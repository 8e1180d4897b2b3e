import type { FastifyInstance } from "fastify";

declare module "fastify" {
  interface FastifyReply {
    /** The per-response nonce of the app shell's `<style>` elements (see static-web.ts); null elsewhere. */
    cspNonce: string | null;
  }
}

/**
 * The page's policy. Scripts and style sheets come from this origin only (no
 * inline script, no eval). `<style>` elements need the response's nonce
 * (CodeMirror injects its theme that way); `style` attributes stay allowed
 * because the collaborative editor colours remote carets with them. Images
 * are this origin or data: URIs (CSS icons): a note's Markdown image can't
 * ping a third party when the other participant opens it.
 */
export function appContentSecurityPolicy(appUrl: string, nonce: string | null): string {
  const url = new URL(appUrl);
  const https = url.protocol === "https:";
  // 'self' covers same-origin ws:/wss: in current browsers; the explicit origin helps older ones.
  const socketOrigin = `${https ? "wss" : "ws"}://${url.host}`;
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ""}`,
    `style-src-elem 'self'${nonce ? ` 'nonce-${nonce}'` : ""}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${socketOrigin}`,
    "manifest-src 'self'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Everything that is not a page (JSON, ICS, scripts, images) may load nothing and be framed by no one. */
export const RESOURCE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers every response carries; HSTS only when the public URL is https. */
export function baseSecurityHeaders(appUrl: string): Record<string, string> {
  const headers: Record<string, string> = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    // Full URLs (invitation links hold their token) never leave this origin.
    "referrer-policy": "same-origin",
    "permissions-policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=(), display-capture=(), browsing-topics=()",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "x-permitted-cross-domain-policies": "none",
  };
  if (appUrl.startsWith("https://")) headers["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

/**
 * Adds the security headers to every response — API, pages, assets, the ICS
 * feed, errors and 404s — as the last step before sending.
 */
export function registerSecurityHeaders(app: FastifyInstance, appUrl: string): void {
  const base = Object.entries(baseSecurityHeaders(appUrl));
  const pagePolicy = appContentSecurityPolicy(appUrl, null);
  app.decorateReply("cspNonce", null);
  app.addHook("onSend", async (_request, reply, payload) => {
    for (const [name, value] of base) reply.header(name, value);
    const type = String(reply.getHeader("content-type") ?? "");
    const isPage = type.startsWith("text/html");
    reply.header(
      "content-security-policy",
      !isPage
        ? RESOURCE_CONTENT_SECURITY_POLICY
        : reply.cspNonce
          ? appContentSecurityPolicy(appUrl, reply.cspNonce)
          : pagePolicy,
    );
    return payload;
  });
}
