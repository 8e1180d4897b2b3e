import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../tests/support/test-app.js";
import { registeredRoutes } from "./route-registry.js";

// A built web app, so the routes that serve it are registered too.
const webRoot = mkdtempSync(join(tmpdir(), "rapport-web-"));
writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Rapport</title>");

/** `GET /api/v1/meetings/:id` -> `GET /api/v1/meetings/{id}`, the document's spelling. */
const documentedName = (method: string, url: string) => `${method} ${url.replace(/:(\w+)/g, "{$1}")}`;

describeEachEngine(
  "openapi lists every route",
  (ctx) => {
    it("documents, with a summary, every route the app answers, and no other", async () => {
      const doc = (await ctx.current.app.inject({ url: "/api/v1/openapi.json" })).json() as {
        paths: Record<string, Record<string, { summary?: string }>>;
      };
      const documented = new Map<string, { summary?: string }>(
        Object.entries(doc.paths).flatMap(([path, methods]) =>
          Object.entries(methods).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation] as const),
        ),
      );
      // HEAD routes are Fastify's automatic twins of GET; hidden routes are the static files, one per file.
      const routes = registeredRoutes(ctx.current.app)
        .filter((route) => route.method !== "HEAD" && !route.hidden)
        .map((route) => documentedName(route.method, route.url));
      expect(routes.length).toBeGreaterThan(50);
      expect(routes).toContain("GET /");
      expect(routes).toContain("GET /calendar/{file}");
      const undocumented = routes.filter((name) => !documented.has(name));
      const withoutSummary = routes.filter((name) => documented.has(name) && !documented.get(name)?.summary);
      const notAnswered = [...documented.keys()].filter((name) => !routes.includes(name));
      expect({ undocumented, withoutSummary, notAnswered }).toEqual({
        undocumented: [],
        withoutSummary: [],
        notAnswered: [],
      });
    });
  },
  { webRoot },
);
