import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPostgresBin, type PostgresCluster, startPostgresCluster } from "../../tests/support/postgres-cluster.js";
import {
  buildPairOverHttp,
  callApi,
  type HttpPair,
  type ServerProcess,
  startServerProcess,
  stopServerProcess,
} from "../../tests/support/server-process.js";
import { emptyLedger, findLostWrites, startWriters, type WriteLedger } from "../../tests/support/write-ledger.js";
import { BUS_CHANNEL } from "../live/bus.js";

/**
 * The server outlives its PostgreSQL connections: while it takes writes, its
 * backends are terminated (as a failover or an operator would) and then the
 * whole cluster restarts. A request that fails meanwhile answers a clean 503
 * JSON error; the process stays up; requests succeed again once the database is
 * back, the LISTEN connection of the live bus included; nothing acknowledged is lost.
 */

const SECRET = "pg-drop-secret-pg-drop-secret-0000000000";
const bin = findPostgresBin();
const suite = bin ? describe : describe.skip;
const title = bin
  ? "PostgreSQL connections dropping under a serving process [postgres]"
  : "PostgreSQL connections dropping [skipped: PostgreSQL is not installed]";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

suite(title, () => {
  let cluster: PostgresCluster;
  let server: ServerProcess;
  let pairs: HttpPair[];

  /** Runs one statement on a connection of its own, outside the server's pool. */
  async function admin<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      return (await client.query<T>(text)).rows;
    } finally {
      await client.end();
    }
  }

  const listeners = async () =>
    (
      await admin<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where query = 'LISTEN ${BUS_CHANNEL}' and pid <> pg_backend_pid()`,
      )
    )[0]?.n ?? 0;

  /** Polls a cheap authenticated write until it succeeds; returns how long that took. */
  async function untilServing(timeoutMs = 15_000): Promise<number> {
    const started = Date.now();
    const pair = pairs[0] as HttpPair;
    for (;;) {
      const res = await callApi(
        server.base,
        pair.leader.cookie,
        "POST",
        `/api/v1/meetings/${pair.meetingId}/agenda-items`,
        {
          body: "Are we back?",
        },
      );
      if (res.status === 201) return Date.now() - started;
      if (Date.now() - started > timeoutMs) throw new Error(`Still failing after ${timeoutMs} ms: ${res.status}`);
      await sleep(50);
    }
  }

  /** Every failure the writers met must be the clean JSON 503 of an unavailable database. */
  function expectOnlyClean503s(ledger: WriteLedger): void {
    for (const failure of ledger.failures) {
      expect(failure.status, JSON.stringify(failure)).toBe(503);
      expect(failure.body).toMatchObject({ error: { code: "database_unavailable", message: expect.any(String) } });
    }
  }

  beforeAll(async () => {
    cluster = await startPostgresCluster(bin as string);
    server = await startServerProcess({ databaseUrl: cluster.url, sessionSecret: SECRET, output: "capture" });
    pairs = await Promise.all([buildPairOverHttp(server.base, "Drop"), buildPairOverHttp(server.base, "Drop")]);
    for (const until = Date.now() + 10_000; (await listeners()) < 1 && Date.now() < until; ) await sleep(50);
  });

  afterAll(async () => {
    if (server) await stopServerProcess(server);
    cluster?.stop();
  });

  it("keeps serving when its backends are terminated mid-load", async () => {
    const ledger = emptyLedger();
    const load = startWriters(() => server.base, pairs, ledger);
    await sleep(500);
    const terminated = await admin<{ pid: number }>(
      // Materialized first, so the terminating call never reaches this connection's own backend.
      `with victims as materialized (
         select pid from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid())
       select pid from victims where pg_terminate_backend(pid)`,
    );
    expect(terminated.length).toBeGreaterThan(1);
    await sleep(500);
    load.stop();
    await load.done;

    await untilServing();
    expect(server.child.exitCode, server.output()).toBeNull();
    expectOnlyClean503s(ledger);
    expect(await findLostWrites(server.base, pairs, ledger)).toEqual([]);
    for (const until = Date.now() + 10_000; (await listeners()) < 1; await sleep(50)) {
      if (Date.now() > until) throw new Error("The live bus did not listen again");
    }
    console.info(
      `[postgres] ${terminated.length} backends terminated mid-load: ${ledger.acknowledged} writes acknowledged, ` +
        `${ledger.failures.length} answered 503, 0 lost`,
    );
  });

  it("answers 503 while the cluster is down and serves again once it is back", async () => {
    const ledger = emptyLedger();
    const load = startWriters(() => server.base, pairs, ledger);
    await sleep(300);
    cluster.halt();
    const pair = pairs[0] as HttpPair;
    const during = await callApi(server.base, pair.teammate.cookie, "GET", `/api/v1/meetings/${pair.meetingId}`);
    expect(during.status).toBe(503);
    expect(during.body).toMatchObject({ error: { code: "database_unavailable" } });
    await sleep(500);
    cluster.resume();
    await sleep(300);
    load.stop();
    await load.done;

    const recoveredInMs = await untilServing();
    expect(server.child.exitCode, server.output()).toBeNull();
    expectOnlyClean503s(ledger);
    expect(ledger.failures.length).toBeGreaterThan(0);
    expect(await findLostWrites(server.base, pairs, ledger)).toEqual([]);
    for (const until = Date.now() + 10_000; (await listeners()) < 1; await sleep(50)) {
      if (Date.now() > until) throw new Error("The live bus did not listen again");
    }
    console.info(
      `[postgres] cluster restart under load: ${ledger.acknowledged} writes acknowledged, ` +
        `${ledger.failures.length} answered 503, 0 lost; serving again ${recoveredInMs} ms after the first probe`,
    );
  });

  it("stayed up, and logged the outage as warnings, not errors", () => {
    expect(server.child.exitCode, server.output()).toBeNull();
    expect(server.output()).toContain("database unavailable");
    expect(server.output()).not.toMatch(/"level":(50|60)/);
  });
});
