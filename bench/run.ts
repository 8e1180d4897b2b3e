// `npm run bench`: the performance table of DESIGN §7, measured in one run.
//
// For each engine (SQLite; PostgreSQL when its binaries are installed) and each data size, it generates
// (or reuses) an organization with `bench/generate.ts`, starts the bundled server on it, signs in as a
// leader with 12 people, and loads the meeting page's endpoint (a meeting with 30 talking points), the
// dashboard and a search with autocannon (32 connections, after a warm-up). Each is reported as a share
// of a bare Fastify route measured just before it. Then the first page's and the meeting page's JavaScript
// and CSS, and the server's start time and idle memory. Prints a table; writes bench/results/bench-*.json.
//
// Options: --sizes 100,1000,10000  --engines sqlite,postgres  --seconds 10  --warmup 3  --connections 32
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildWebIfStale } from "../scripts/build-if-stale.mjs";
import { buildServerIfStale } from "../scripts/build-server.mjs";
import type { Engine } from "../server/db/database.js";
import { freePort } from "../tests/support/free-port.js";
import type { PostgresCluster } from "../tests/support/postgres-cluster.js";
import { callApi, stopServerProcess } from "../tests/support/server-process.js";
import { measureBundles } from "./bundle-size.mjs";
import { datasetArgs, datasetOptions, measureEachDataset } from "./run/each-dataset.js";
import { type AloneResult, type LoadOptions, type LoadResult, measureAlone, measureLoad } from "./run/load.js";
import { serveDataset } from "./run/serve-dataset.js";
import { measureStartup, rssMb } from "./run/startup.js";

const { values: args } = parseArgs({
  options: {
    ...datasetOptions({ sizes: "100,1000,10000", engines: "sqlite,postgres" }),
    seconds: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "32" },
  },
});

const DATASETS = datasetArgs(args);
const LOAD: LoadOptions = {
  connections: Number(args.connections),
  seconds: Number(args.seconds),
  warmupSeconds: Number(args.warmup),
};

interface Row extends LoadResult {
  engine: Engine;
  people: number;
  endpoint: string;
  shareOfBare: number | null;
  /** One user, one request at a time (none for the bare route). */
  alone: AloneResult | null;
}

async function startBare(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["bench/bare-server.mjs"], {
    env: { ...process.env, PORT: String(port) },
    stdio: "inherit",
  });
  const url = `http://127.0.0.1:${port}/hello`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, stop: () => child.kill("SIGTERM") };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error("The bare server did not start");
}

/** Loads the three endpoints on a server over one dataset, each after a bare-route baseline. */
async function measureEndpoints(engine: Engine, people: number, cluster: PostgresCluster | null): Promise<Row[]> {
  const { server, facts, cookie } = await serveDataset(engine, people, cluster, DATASETS.seed);
  const bare = await startBare();
  try {
    const headers = { cookie };
    const endpoints = {
      "GET /meetings/:id (30 items)": `/api/v1/meetings/${facts.meetingId}`,
      "GET /dashboard (12 people)": "/api/v1/dashboard",
      [`GET /search?q=${facts.searchTerm}`]: `/api/v1/search?q=${encodeURIComponent(facts.searchTerm)}`,
    };
    const rows: Row[] = [];
    for (const [endpoint, path] of Object.entries(endpoints)) {
      const check = await callApi(server.base, cookie, "GET", path);
      if (check.status !== 200) throw new Error(`${endpoint} answered ${check.status}`);
      const alone = await measureAlone(`${server.base}${path}`, headers, LOAD.seconds / 2);
      const base = await measureLoad(bare.url, {}, LOAD);
      const result = await measureLoad(`${server.base}${path}`, headers, LOAD);
      rows.push({ engine, people, endpoint: "bare Fastify route", ...base, shareOfBare: null, alone: null });
      rows.push({
        engine,
        people,
        endpoint,
        ...result,
        shareOfBare: Math.round((result.requestsPerSecond / base.requestsPerSecond) * 1000) / 1000,
        alone,
      });
      process.stdout.write(
        `  ${engine} ${people}: ${endpoint} ${result.requestsPerSecond} req/s (${Math.round(
          (result.requestsPerSecond / base.requestsPerSecond) * 100,
        )}% of bare), p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms; alone p95 ${alone.p95Ms} ms\n`,
      );
    }
    process.stdout.write(`  server RSS after load: ${rssMb(server.child.pid ?? 0)} MB\n`);
    return rows;
  } finally {
    bare.stop();
    await stopServerProcess(server);
  }
}

async function main() {
  buildWebIfStale();
  await buildServerIfStale();
  const rows = await measureEachDataset(DATASETS.engines, DATASETS.sizes, measureEndpoints);
  const bundles = measureBundles();
  const startup = await measureStartup();
  const report = {
    at: new Date().toISOString(),
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    load: LOAD,
    rows,
    bundles,
    startup,
  };
  console.table(
    rows
      .filter((r) => r.endpoint !== "bare Fastify route")
      .map((r) => ({
        engine: r.engine,
        people: r.people,
        endpoint: r.endpoint,
        "req/s": r.requestsPerSecond,
        "share of bare": r.shareOfBare,
        "p50 ms": r.p50Ms,
        "p97.5 ms": r.p97_5Ms,
        "p99 ms": r.p99Ms,
        errors: r.errors + r.non2xx,
        "alone p50 ms": r.alone?.p50Ms,
        "alone p95 ms": r.alone?.p95Ms,
      })),
  );
  console.table(growth(rows));
  console.table({
    "first page": {
      "JS KB gzip": kb(bundles.firstPage.jsGzipBytes),
      "CSS KB gzip": kb(bundles.firstPage.cssGzipBytes),
    },
    "meeting page": {
      "JS KB gzip": kb(bundles.meetingPage?.jsGzipBytes),
      "CSS KB gzip": kb(bundles.meetingPage?.cssGzipBytes),
    },
    "meeting editor (lazy)": { "JS KB gzip": kb(bundles.meetingEditor?.jsGzipBytes), "CSS KB gzip": 0 },
  });
  console.table({ server: { "start ms": startup.startMs, "idle RSS MB": startup.idleRssMb } });
  mkdirSync("bench/results", { recursive: true });
  const file = join("bench/results", `bench-${report.at.replaceAll(":", "-")}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Written to ${file}`);
}

/** What 10× the data costs: for each engine and endpoint, the time per request at each size over the size 10× smaller. */
function growth(rows: Row[]) {
  const table: Record<string, Record<string, number | null>> = {};
  for (const row of rows) {
    if (row.endpoint === "bare Fastify route") continue;
    const smaller = rows.find(
      (r) => r.engine === row.engine && r.endpoint === row.endpoint && r.people * 10 === row.people,
    );
    if (!smaller) continue;
    table[`${row.engine} ${row.endpoint} ${smaller.people}→${row.people}`] = {
      "× time under load": Math.round((smaller.requestsPerSecond / row.requestsPerSecond) * 100) / 100,
      "× time alone (p50)":
        row.alone && smaller.alone ? Math.round((row.alone.p50Ms / smaller.alone.p50Ms) * 100) / 100 : null,
    };
  }
  return table;
}

const kb = (bytes: number | undefined) => (bytes === undefined ? null : Math.round((bytes / 1024) * 10) / 10);

await main();
