// `npm run bench:load`: people using Rapport at once, on loopback, for a bounded time.
//
// Starts the bundled server (as `npm start` runs it) on a fresh database, sets up `--users / 2` pairs over
// the API (each leader signs up a workspace and invites their teammate), signs everyone in (4 at a time; reported
// apart: it is bound by password hashing), then every pair prepares, runs and completes meetings for `--seconds`:
// home and dashboard, the meeting page, talking points, the
// check-in, private and shared notes (merging on 409 like the page), actions, ticks, ratings, completion. Each
// person calls from their own loopback address (127.0.1.x), as people don't share an IP. Prints the totals and
// latency percentiles and writes bench/results/load-users-*.json. Exits 1 on any error (5xx, unexpected 4xx,
// failed connection, or an error logged by the server).
//
// Options: --users 200  --seconds 120  --engine sqlite|postgres  --think-ms 500  --ramp 5 (pairs start spread over
// it)  --entry bundle|source. CI-sized: --users 40 --seconds 15.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildWebIfStale } from "../scripts/build-if-stale.mjs";
import { buildServerIfStale } from "../scripts/build-server.mjs";
import { findPostgresBin, type PostgresCluster, startPostgresCluster } from "../tests/support/postgres-cluster.js";
import { spawnServerProcess, stopServerProcess, waitUntilHealthy } from "../tests/support/server-process.js";
import { type LatencyStats, loadUsers } from "./load/run-load.js";
import { rssMb } from "./run/startup.js";

const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: "200" },
    seconds: { type: "string", default: "120" },
    engine: { type: "string", default: "sqlite" },
    "think-ms": { type: "string", default: "500" },
    ramp: { type: "string" },
    entry: { type: "string", default: "bundle" },
  },
});

const users = Number(args.users);
const seconds = Number(args.seconds);
const engine = args.engine === "postgres" ? "postgres" : "sqlite";
const entry = args.entry === "source" ? "source" : "bundle";
const rampSeconds = args.ramp === undefined ? Math.min(5, seconds / 4) : Number(args.ramp);
if (!(users >= 2 && seconds > 0)) throw new Error("--users must be at least 2 and --seconds positive");

// Whatever happens, the run ends: set-up and sign-in (two password hashes per person) plus the load plus a margin.
const watchdog = setTimeout(
  () => {
    process.stderr.write("load-users: over its time budget, stopping\n");
    process.exit(2);
  },
  (seconds + 120 + users * 4) * 1000,
);
watchdog.unref();

let cluster: PostgresCluster | null = null;
const dir = mkdtempSync(join(tmpdir(), "rapport-load-"));
try {
  if (entry === "bundle") {
    buildWebIfStale();
    await buildServerIfStale();
  }
  let databaseUrl = `sqlite:${join(dir, "load.db")}`;
  if (engine === "postgres") {
    const bin = findPostgresBin();
    if (!bin) throw new Error("PostgreSQL server binaries are not installed (/usr/lib/postgresql/*/bin)");
    cluster = await startPostgresCluster(bin);
    databaseUrl = cluster.url;
  }
  const server = await spawnServerProcess({
    databaseUrl,
    sessionSecret: randomBytes(24).toString("hex"),
    output: "capture",
    entry,
  });
  await waitUntilHealthy(server);
  let result: Awaited<ReturnType<typeof loadUsers>>;
  let peakRssMb = 0;
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, rssMb(server.child.pid ?? 0));
  }, 1000);
  try {
    result = await loadUsers({
      base: server.base,
      users,
      seconds,
      thinkMs: Number(args["think-ms"]),
      rampSeconds,
      log: (line) => process.stdout.write(`${line}\n`),
    });
  } finally {
    clearInterval(sampler);
    await stopServerProcess(server);
  }
  const serverErrorsLogged = (server.output().match(/"level":(50|60)/g) ?? []).length;
  const report = {
    at: new Date().toISOString(),
    engine,
    entry,
    options: { users, seconds, thinkMs: Number(args["think-ms"]), rampSeconds },
    ...result,
    serverErrorsLogged,
    serverExitCode: server.child.exitCode,
    peakRssMb,
  };

  const row = (label: string, s: LatencyStats) =>
    `  ${label.padEnd(36)} ${String(s.count).padStart(7)} ${[s.p50, s.p95, s.p99, s.max].map((v) => String(v).padStart(8)).join("")}`;
  process.stdout.write(
    [
      "",
      `${engine}, ${result.users} people (${result.pairs} pairs), ${result.seconds} s of use after ${result.setupSeconds} s of set-up`,
      `  requests ${result.requests} (${result.requestsPerSecond}/s), errors ${result.errors}, server errors logged ${serverErrorsLogged}`,
      `  meetings completed ${result.meetingsCompleted}, note conflicts merged ${result.noteConflictsResolved}, peak RSS ${peakRssMb} MB`,
      `  sign-in before: ${result.users} people in ${result.signIn.seconds} s (${result.signIn.perSecond}/s)`,
      `  ${"".padEnd(36)} ${"count".padStart(7)}${["p50", "p95", "p99", "max"].map((h) => `${h} ms`.padStart(8)).join("")}`,
      row("sign-in (POST /auth/login)", result.signIn.latencyMs),
      row("all of the use", result.latencyMs),
      ...Object.entries(result.byEndpoint).map(([label, s]) => row(label, s)),
      ...result.errorSamples.map((e) => `  ERROR ${e.label}: ${e.status} ${JSON.stringify(e.body).slice(0, 200)}`),
      "",
    ].join("\n"),
  );
  mkdirSync("bench/results", { recursive: true });
  const file = join("bench/results", `load-users-${engine}-${report.at.replaceAll(":", "-")}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Wrote ${file}\n`);
  process.exitCode = result.errors === 0 && serverErrorsLogged === 0 ? 0 : 1;
} finally {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}
