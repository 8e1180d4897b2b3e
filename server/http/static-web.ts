import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Serves the built web app: hashed assets cached for a year (brotli/gzip
 * variants pre-built), everything else falls back to index.html, never cached.
 */
export async function registerStaticWeb(app: FastifyInstance, root: string): Promise<boolean> {
  if (!existsSync(join(root, "index.html"))) return false;
  await app.register(fastifyStatic, {
    root,
    preCompressed: true,
    // Our own cache-control below; the plugin's default (max-age=0) would override it.
    cacheControl: false,
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      res.setHeader("cache-control", path.includes(`${join("/", "assets", "/")}`) ? IMMUTABLE : "no-cache");
    },
  });
  app.get("/", (_request, reply) => reply.header("cache-control", "no-cache").sendFile("index.html"));
  return true;
}

/** Client-side routes get the app shell; unknown API paths get a JSON 404. */
export function registerFallback(app: FastifyInstance, hasWeb: boolean): void {
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith("/api/") || request.url === "/api";
    if (!isApi && hasWeb && (request.method === "GET" || request.method === "HEAD")) {
      return reply.header("cache-control", "no-cache").type("text/html").sendFile("index.html");
    }
    return reply.code(404).send({
      error: { code: "not_found", message: `Route ${request.method} ${request.url.split("?")[0]} not found` },
    });
  });
}
