import { sql } from "kysely";
import { afterAll, beforeAll } from "vitest";
import { BUS_CHANNEL } from "../../server/live/bus.js";
import type { LiveClient } from "./live-client.js";
import {
  type Account,
  buildPairOverHttp,
  type ServerProcess,
  startServerProcess,
  stopServerProcess,
} from "./server-process.js";
import { createTestDb, type TestDb } from "./test-db.js";

/** Waits until `count` server processes hold their LISTEN connection, so no notification between them is missed. */
export async function waitForListeners(testDb: TestDb, count: number, timeoutMs = 20_000): Promise<void> {
  const listening = async () => {
    const result = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and query = ${`LISTEN ${BUS_CHANNEL}`}`.execute(testDb.db.kysely);
    return result.rows[0]?.n ?? 0;
  };
  const deadline = Date.now() + timeoutMs;
  while ((await listening()) < count) {
    if (Date.now() > deadline) throw new Error(`Fewer than ${count} processes listen on ${BUS_CHANNEL}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Two server processes on one fresh PostgreSQL database, and a pair with its next meeting. */
export interface TwoNodes {
  testDb: TestDb;
  p1: ServerProcess;
  p2: ServerProcess;
  leader: Account;
  teammate: Account;
  meetingId: string;
}

/**
 * Starts two real server processes sharing `sessionSecret` (so a session started on one
 * is good on the other), waits until both listen on the bus, and builds a pair through p1.
 */
export async function startTwoNodes(sessionSecret: string): Promise<TwoNodes> {
  const testDb = await createTestDb("postgres");
  const options = { databaseUrl: testDb.url, sessionSecret, output: "capture" } as const;
  const [p1, p2] = await Promise.all([startServerProcess(options), startServerProcess(options)]);
  await waitForListeners(testDb, 2);
  const { leader, teammate, meetingId } = await buildPairOverHttp(p1.base);
  return { testDb, p1, p2, leader, teammate, meetingId };
}

/** Stops what `startTwoNodes` started, however far it got. */
export async function stopTwoNodes(nodes: { testDb?: TestDb; p1?: ServerProcess; p2?: ServerProcess }) {
  await Promise.all([nodes.p1, nodes.p2].filter((p): p is ServerProcess => Boolean(p)).map(stopServerProcess));
  await nodes.testDb?.drop();
}

/**
 * For one describe block: two nodes started before its tests (`nodes`), and stopped after them together with
 * the live clients its tests pushed onto `clients`.
 */
export function twoNodesSuite(sessionSecret: string, setupTimeoutMs?: number) {
  const suite = { nodes: undefined as unknown as TwoNodes, clients: [] as LiveClient[] };
  beforeAll(async () => {
    suite.nodes = await startTwoNodes(sessionSecret);
  }, setupTimeoutMs);
  afterAll(async () => {
    for (const client of suite.clients) {
      client.detach();
      client.doc.destroy();
    }
    await stopTwoNodes(suite.nodes ?? {});
  });
  return suite;
}
