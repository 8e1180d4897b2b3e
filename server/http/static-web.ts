import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

const IMMUTABLE = "public, max-age=31536000, immutable";
/** What `html.cspNonce` in vite.config.ts writes into index.html; replaced per response. */
export const CSP_NONCE_PLACEHOLDER = "__RAPPORT_CSP_NONCE__";

/** The app shell with a fresh nonce; the security headers put the same nonce in the page's policy. */
function sendAppShell(reply: FastifyReply, html: string) {
  const nonce = randomBytes(16).toString("base64");
  reply.cspNonce = nonce;
  return reply
    .header("cache-control", "no-cache")
    .type("text/html; charset=utf-8")
    .send(html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
}

/**
 * Serves the built web app: hashed assets cached for a year (brotli/gzip
 * variants pre-built); index.html and every client-side route get the shell,
 * never cached, with a nonce of its own.
 */
export async function registerStaticWeb(app: FastifyInstance, root: string): Promise<string | null> {
  const indexFile = join(root, "index.html");
  if (!existsSync(indexFile)) return null;
  const shell = readFileSync(indexFile, "utf8");
  await app.register(fastifyStatic, {
    root,
    preCompressed: true,
    // Our own cache-control below; the plugin's default (max-age=0) would override it.
    cacheControl: false,
    wildcard: false,
    index: false,
    // index.html only ever goes out through sendAppShell (its nonce placeholder filled in).
    allowedPath: (pathName) => !pathName.startsWith("/index.html"),
    setHeaders: (res, path) => {
      res.setHeader("cache-control", path.includes(`${join("/", "assets", "/")}`) ? IMMUTABLE : "no-cache");
    },
  });
  app.get(
    "/",
    { schema: { tags: ["system"], summary: "The web app (HTML); its other pages answer the same" } },
    (_request, reply) => sendAppShell(reply, shell),
  );
  return shell;
}

/** Client-side routes get the app shell; unknown API paths get a JSON 404. */
export function registerFallback(app: FastifyInstance, shell: string | null): void {
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith("/api/") || request.url === "/api";
    if (!isApi && shell !== null && (request.method === "GET" || request.method === "HEAD")) {
      return sendAppShell(reply, shell);
    }
    return reply.code(404).send({
      error: { code: "not_found", message: `Route ${request.method} ${request.url.split("?")[0]} not found` },
    });
  });
}
