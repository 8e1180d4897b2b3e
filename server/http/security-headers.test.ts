import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LightMyRequestResponse } from "fastify";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../tests/support/test-app.js";
import { CSP_NONCE_PLACEHOLDER } from "./static-web.js";

const root = mkdtempSync(join(tmpdir(), "rapport-headers-"));
mkdirSync(join(root, "assets"));
writeFileSync(
  join(root, "index.html"),
  `<!doctype html><title>Rapport</title><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"><script type="module" src="/assets/app.js" nonce="${CSP_NONCE_PLACEHOLDER}"></script>`,
);
writeFileSync(join(root, "assets", "app.js"), "console.log('app');");

/** The directives of a Content-Security-Policy header, by name. */
function directives(res: LightMyRequestResponse): Map<string, string[]> {
  const header = String(res.headers["content-security-policy"] ?? "");
  return new Map(
    header
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

function expectCommonHeaders(res: LightMyRequestResponse, label: string): void {
  expect(res.headers["x-content-type-options"], label).toBe("nosniff");
  expect(res.headers["x-frame-options"], label).toBe("DENY");
  expect(res.headers["referrer-policy"], label).toBe("same-origin");
  expect(res.headers["cross-origin-opener-policy"], label).toBe("same-origin");
  expect(res.headers["permissions-policy"], label).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  const csp = directives(res);
  expect(csp.get("frame-ancestors"), label).toEqual(["'none'"]);
  expect(csp.get("base-uri"), label).toEqual(["'none'"]);
  for (const values of csp.values()) expect(values, label).not.toContain("'unsafe-eval'");
  expect(csp.get("script-src") ?? [], label).not.toContain("'unsafe-inline'");
}

describeEachEngine(
  "security headers over http",
  (ctx) => {
    const get = (url: string, headers: Record<string, string> = {}) => ctx.current.app.inject({ url, headers });

    it("puts them on every kind of response: JSON, errors, 404s, assets, the ICS feed", async () => {
      const responses = {
        health: await get("/healthz"),
        unauthorized: await get("/api/v1/me"),
        unknownApi: await get("/api/v1/nope"),
        openapi: await get("/api/v1/openapi.json"),
        asset: await get("/assets/app.js"),
        feed: await get("/calendar/not-a-token.ics"),
        invalid: await ctx.current.app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: "{nope",
          headers: { "content-type": "application/json", origin: "http://localhost:3000" },
        }),
      };
      expect(responses.unauthorized.statusCode).toBe(401);
      expect(responses.feed.statusCode).toBe(404);
      expect(responses.invalid.statusCode).toBe(400);
      for (const [label, res] of Object.entries(responses)) {
        expectCommonHeaders(res, label);
        // Not a page: may load nothing at all.
        expect(directives(res).get("default-src"), label).toEqual(["'none'"]);
        expect(res.headers["strict-transport-security"], label).toBeUndefined();
      }
    });

    it("gives the app shell a strict policy with a fresh nonce, on every client-side route and /index.html", async () => {
      const nonces = new Set<string>();
      for (const url of ["/", "/people", "/meetings/abc", "/index.html"]) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(200);
        expect(res.headers["content-type"], url).toMatch(/^text\/html/);
        expectCommonHeaders(res, url);
        const csp = directives(res);
        expect(csp.get("default-src"), url).toEqual(["'self'"]);
        expect(csp.get("script-src"), url).toEqual(["'self'"]);
        expect(csp.get("object-src"), url).toEqual(["'none'"]);
        expect(csp.get("connect-src"), url).toEqual(["'self'", "ws://localhost:3000"]);
        expect(csp.get("img-src"), url).toEqual(["'self'", "data:"]);
        const styleElem = csp.get("style-src-elem") ?? [];
        expect(styleElem[0], url).toBe("'self'");
        const nonce = /^'nonce-([A-Za-z0-9+/=]{22,})'$/.exec(styleElem[1] ?? "")?.[1];
        expect(nonce, url).toBeDefined();
        expect(res.body, url).not.toContain(CSP_NONCE_PLACEHOLDER);
        expect(res.body, url).toContain(`nonce="${nonce}"`);
        nonces.add(nonce as string);
      }
      expect(nonces.size).toBe(4);
    });

    it("never serves the raw index.html or its pre-compressed copies", async () => {
      const res = await get("/index.html", { "accept-encoding": "br, gzip" });
      expect(res.headers["content-encoding"]).toBeUndefined();
      expect(res.body).not.toContain(CSP_NONCE_PLACEHOLDER);
    });
  },
  { webRoot: root },
);

describeEachEngine(
  "security headers behind https",
  (ctx) => {
    it("adds HSTS and upgrades insecure requests; the live socket is wss on the app's host", async () => {
      for (const url of ["/healthz", "/", "/api/v1/me"]) {
        const res = await ctx.current.app.inject({ url });
        expect(res.headers["strict-transport-security"], url).toBe("max-age=31536000; includeSubDomains");
        expectCommonHeaders(res, url);
      }
      const page = directives(await ctx.current.app.inject({ url: "/" }));
      expect(page.get("connect-src")).toEqual(["'self'", "wss://rapport.example.com"]);
      expect(page.has("upgrade-insecure-requests")).toBe(true);
    });
  },
  { webRoot: root, appUrl: "https://rapport.example.com" },
);
