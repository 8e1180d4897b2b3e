import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { TEST_ORIGIN, testConfig } from "../../tests/support/test-app.js";
import { createTestDb, testEngines } from "../../tests/support/test-db.js";
import { buildApp } from "../app.js";
import { fixedClock } from "../clock.js";
import { formatRequestLine, isQuietRequest } from "./request-log.js";

describe("the request log's filter", () => {
  it("keeps API calls and the ICS feed, and drops health checks, static files and the app's pages", () => {
    expect(isQuietRequest("GET", "/healthz")).toBe(true);
    expect(isQuietRequest("GET", "/assets/index-abc123.js")).toBe(true);
    expect(isQuietRequest("HEAD", "/favicon.svg")).toBe(true);
    expect(isQuietRequest("GET", "/meetings/123?tab=run")).toBe(true);
    expect(isQuietRequest("GET", "/api/v1/me")).toBe(false);
    expect(isQuietRequest("POST", "/api/v1/auth/login")).toBe(false);
    expect(isQuietRequest("GET", "/calendar/abc.ics")).toBe(false);
    // Anything but a read outside the API is worth a line (it is refused, and someone should see it).
    expect(isQuietRequest("POST", "/somewhere")).toBe(false);
  });

  it("says a request in one short line", () => {
    expect(formatRequestLine({ method: "GET", route: "/api/v1/meetings/:id", statusCode: 200, durationMs: 12 })).toBe(
      "GET /api/v1/meetings/:id 200 12ms",
    );
  });
});

for (const engine of testEngines()) {
  describe(`the request log of a running app [${engine}]`, () => {
    it("writes one line per API request, names the route rather than its secrets, and none for health checks", async () => {
      const lines: Array<Record<string, unknown>> = [];
      const stream = new Writable({
        write(chunk, _encoding, done) {
          for (const text of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(text));
          done();
        },
      });
      const testDb = await createTestDb(engine);
      const { app } = await buildApp({
        config: testConfig(testDb.url),
        db: testDb.db,
        clock: fixedClock("2026-03-02T09:00:00.000Z"),
        passwordCost: 10,
        logger: { level: "info", stream },
        webRoot: "/nonexistent",
      });
      try {
        await app.inject({ method: "GET", url: "/healthz" });
        await app.inject({ method: "GET", url: "/api/v1/instance" });
        await app.inject({ method: "GET", url: "/api/v1/invitations/a-secret-invitation-token" });
        await app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          headers: { origin: TEST_ORIGIN },
          payload: { email: "nobody@example.com", password: "not the password" },
        });
        const requestLines = lines.filter((line) => "statusCode" in line && "route" in line);
        expect(requestLines.map((line) => line.msg)).toEqual([
          expect.stringMatching(/^GET \/api\/v1\/instance 200 \d+ms$/),
          expect.stringMatching(/^GET \/api\/v1\/invitations\/:token 404 \d+ms$/),
          expect.stringMatching(/^POST \/api\/v1\/auth\/login 401 \d+ms$/),
        ]);
        // Fastify's own pair of lines is gone, and no line carries the token from the URL.
        expect(lines.map((line) => line.msg)).not.toContain("incoming request");
        expect(lines.map((line) => line.msg)).not.toContain("request completed");
        expect(JSON.stringify(lines)).not.toContain("a-secret-invitation-token");
      } finally {
        await app.close();
        await testDb.drop();
      }
    });
  });
}
