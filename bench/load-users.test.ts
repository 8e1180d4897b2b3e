import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess, stopServerProcess } from "../tests/support/server-process.js";
import { createTestDb, type TestDb, testEngines } from "../tests/support/test-db.js";
import { latencyStats, loadUsers } from "./load/run-load.js";

/**
 * `npm run bench:load` in miniature, so the scenario keeps working as the API
 * changes: two pairs on a real server for a few seconds, without errors. No
 * timing is asserted; the numbers are the benchmark's business.
 */

it("computes nearest-rank percentiles", () => {
  const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
  expect(latencyStats(samples)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  expect(latencyStats([])).toEqual({ count: 0, p50: 0, p95: 0, p99: 0, max: 0 });
});

for (const engine of testEngines()) {
  describe(`load-users, short [${engine}]`, () => {
    let testDb: TestDb;
    let server: ServerProcess;

    beforeAll(async () => {
      testDb = await createTestDb(engine);
      server = await startServerProcess({
        databaseUrl: testDb.url,
        sessionSecret: "load-test-secret-load-test-secret-000000",
        output: "capture",
      });
    });

    afterAll(async () => {
      if (server) await stopServerProcess(server);
      await testDb?.drop();
    });

    it("sets up pairs, signs them in and runs meetings with no error", async () => {
      const result = await loadUsers({ base: server.base, users: 4, seconds: 3, thinkMs: 50, rampSeconds: 0 });
      expect(result.errorSamples).toEqual([]);
      expect(result.errors).toBe(0);
      expect(result.signIn.latencyMs.count).toBe(4);
      expect(result.requests).toBeGreaterThan(0);
      expect(server.output()).not.toMatch(/"level":(50|60)/);
    });
  });
}
