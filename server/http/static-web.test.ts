import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../tests/support/test-app.js";

const root = mkdtempSync(join(tmpdir(), "rapport-web-"));
mkdirSync(join(root, "assets"));
writeFileSync(join(root, "index.html"), "<!doctype html><title>Rapport</title>");
const script = "console.log('hello from a hashed asset');".repeat(20);
writeFileSync(join(root, "assets", "index-abc123.js"), script);
writeFileSync(join(root, "assets", "index-abc123.js.br"), brotliCompressSync(script));

describeEachEngine(
  "static web app",
  (ctx) => {
    it("serves hashed assets pre-compressed and cached for a year", async () => {
      const res = await ctx.current.app.inject({
        url: "/assets/index-abc123.js",
        headers: { "accept-encoding": "br" },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-encoding"]).toBe("br");
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    });

    it("answers client-side routes with the app shell, never cached", async () => {
      for (const url of ["/", "/people", "/meetings/abc"]) {
        const res = await ctx.current.app.inject({ url });
        expect(res.statusCode, url).toBe(200);
        expect(res.headers["content-type"]).toMatch(/text\/html/);
        expect(res.headers["cache-control"]).toBe("no-cache");
        expect(res.body).toContain("<title>Rapport</title>");
      }
    });

    it("keeps unknown API paths as JSON 404s", async () => {
      const res = await ctx.current.app.inject({ url: "/api/v1/unknown" });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: "not_found", message: "Route GET /api/v1/unknown not found" } });
    });
  },
  { webRoot: root },
);
