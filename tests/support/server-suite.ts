import { afterAll, beforeAll } from "vitest";
import type { Engine } from "../../server/db/database.js";
import {
  buildPairOverHttp,
  type HttpPair,
  type ServerProcess,
  startServerProcess,
  stopServerProcess,
} from "./server-process.js";
import { createTestDb, type TestDb } from "./test-db.js";

export interface ServerSuite {
  /** The running process (the last one `restart` started). */
  server: ServerProcess;
  /** Pairs signed up over HTTP before the suite's tests, each with a weekly 1:1. */
  pairs: HttpPair[];
  /** Starts a new process on the same database (after a test killed or stopped the last one). */
  restart(): Promise<ServerProcess>;
}

/**
 * For one describe block: a throwaway database of `engine` and a server process on it (its output captured), with
 * `pairs` pairs signed up in workspaces named after `organizationPrefix`; the process and the database go after
 * the block's tests.
 */
export function serverSuite(
  engine: Engine,
  options: { sessionSecret: string; pairs: number; organizationPrefix: string },
): ServerSuite {
  let testDb: TestDb | undefined;
  const suite = {
    pairs: [],
    async restart() {
      if (!testDb) throw new Error("the suite's database is made before its tests");
      const url = testDb.url;
      suite.server = await startServerProcess({
        databaseUrl: url,
        sessionSecret: options.sessionSecret,
        output: "capture",
      });
      return suite.server;
    },
  } as unknown as ServerSuite;

  beforeAll(async () => {
    testDb = await createTestDb(engine);
    const server = await suite.restart();
    suite.pairs = await Promise.all(
      Array.from({ length: options.pairs }, () => buildPairOverHttp(server.base, options.organizationPrefix)),
    );
  });

  afterAll(async () => {
    if (suite.server) await stopServerProcess(suite.server);
    await testDb?.drop();
  });

  return suite;
}
