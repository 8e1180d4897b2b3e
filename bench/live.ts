/**
 * `npm run bench:live [-- --pg <url>] [-- --samples N] [-- --connections N]`
 *
 * Measures the live channel of a meeting against real server processes started
 * from source: (a) edit-to-screen latency, from one client's Y.Text insert to the
 * other client's observer, on one process and (with --pg) across two processes;
 * (b) the server's resident memory for idle WebSocket connections.
 * SQLite in a temp directory by default; --pg writes to the given database.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { LiveClient } from "../tests/support/live-client.js";
import { type LiveSocket, openLiveSocket } from "../tests/support/live-connect.js";
import {
  type Account,
  buildPairOverHttp,
  type ServerProcess,
  spawnServerProcess,
  stopServerProcess,
  waitUntilHealthy,
} from "../tests/support/server-process.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SECRET = randomBytes(24).toString("hex");
/** The whole run stops here, whatever happens. */
const DEADLINE_MS = 110_000;

interface LatencyStats {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const servers: ServerProcess[] = [];

/** Starts `server/main.ts` from source and waits for /healthz; listed first, so the watchdog can kill it meanwhile. */
async function startServer(databaseUrl: string): Promise<ServerProcess> {
  const server = await spawnServerProcess({ databaseUrl, sessionSecret: SECRET, output: "inherit" });
  servers.push(server);
  await waitUntilHealthy(server);
  return server;
}

async function openPage(server: ServerProcess, who: Account, meetingId: string): Promise<LiveClient> {
  const client = new LiveClient().attach(
    await openLiveSocket(server.base, meetingId, { cookie: who.cookie, origin: server.base }),
  );
  await client.waitFor(() => client.frames.length > 0, "the server's sync step 1");
  return client;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** From `from` inserting one character to `to`'s observer seeing it, `samples` times. */
async function editToScreen(from: LiveClient, to: LiveClient, samples: number): Promise<LatencyStats> {
  // Both start from the same text, so the first keystroke is not waiting on a sync.
  await to.waitFor(() => to.text.toString() === from.text.toString(), "the same text on both clients", 10_000);
  let seen: (() => void) | null = null;
  const observer = () => seen?.();
  to.text.observe(observer);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const arrived = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Keystroke ${i} did not arrive within 2 s`)), 2000);
      seen = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    const start = performance.now();
    from.text.insert(from.text.length, String.fromCharCode(97 + (i % 26)));
    await arrived;
    times.push(performance.now() - start);
    seen = null;
    await sleep(5);
  }
  to.text.unobserve(observer);
  const sorted = times.sort((x, y) => x - y);
  const max = sorted[sorted.length - 1] ?? Number.NaN;
  return { samples, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max };
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);

/** Reads RSS until two reads 250 ms apart agree within 256 KB (at most 5 s). */
async function settledRssKb(pid: number): Promise<number> {
  let last = rssKb(pid);
  for (let i = 0; i < 20; i++) {
    await sleep(250);
    const now = rssKb(pid);
    if (Math.abs(now - last) < 256) return now;
    last = now;
  }
  return last;
}

/** Opens `count` sockets to the meeting, 50 at a time, each until the server's first frame. */
async function openIdle(server: ServerProcess, who: Account, meetingId: string, count: number): Promise<LiveSocket[]> {
  const sockets: LiveSocket[] = [];
  const headers = { cookie: who.cookie, origin: server.base };
  const one = async () => {
    const socket = await openLiveSocket(server.base, meetingId, headers);
    sockets.push(socket);
    if (socket.early.length === 0) await new Promise((resolve) => socket.once("message", resolve));
  };
  for (let i = 0; i < count; i += 50) await Promise.all(Array.from({ length: Math.min(50, count - i) }, one));
  return sockets;
}

async function closeAll(sockets: LiveSocket[]): Promise<void> {
  await Promise.all(
    sockets.map(
      (socket) =>
        new Promise((resolve) => {
          socket.once("close", resolve);
          socket.close();
        }),
    ),
  );
}

/** A meeting's idle connections: RSS of the server before and after, nothing forced. */
async function idleMemory(server: ServerProcess, who: Account, meetingId: string, count: number) {
  const pid = server.child.pid as number;
  // Warm the code paths first, so the baseline is not missing what any first connection costs.
  await closeAll(await openIdle(server, who, meetingId, 50));
  const beforeKb = await settledRssKb(pid);
  const sockets = await openIdle(server, who, meetingId, count);
  const afterKb = await settledRssKb(pid);
  await closeAll(sockets);
  const deltaKb = afterKb - beforeKb;
  return {
    connections: count,
    rssBeforeMb: round(beforeKb / 1024, 1),
    rssAfterMb: round(afterKb / 1024, 1),
    deltaMb: round(deltaKb / 1024, 1),
    kbPerConnection: round(deltaKb / count, 1),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pg: { type: "string" },
      samples: { type: "string", default: "500" },
      connections: { type: "string", default: "1000" },
    },
  });
  const samples = Number(values.samples);
  const connections = Number(values.connections);
  const dir = values.pg ? null : mkdtempSync(join(tmpdir(), "rapport-bench-live-"));
  const databaseUrl = values.pg ?? `sqlite:${join(dir as string, "bench.db")}`;
  const engine = values.pg ? "postgres" : "sqlite";
  try {
    const first = await startServer(databaseUrl);
    const second = values.pg ? await startServer(databaseUrl) : null;
    const { leader, teammate, meetingId } = await buildPairOverHttp(first.base, "Bench");
    const a = await openPage(first, leader, meetingId);
    const b = await openPage(first, teammate, meetingId);
    console.log(`Measuring edit-to-screen latency (${samples} keystrokes, one process, ${engine})…`);
    const sameProcess = await editToScreen(a, b, samples);
    let crossProcess: LatencyStats | null = null;
    if (second) {
      const c = await openPage(second, teammate, meetingId);
      console.log(`Measuring edit-to-screen latency (${samples} keystrokes, two processes, LISTEN/NOTIFY)…`);
      crossProcess = await editToScreen(a, c, samples);
      c.detach();
    }
    console.log(`Measuring the memory of ${connections} idle connections…`);
    const memory = await idleMemory(first, leader, meetingId, connections);
    for (const client of [a, b]) {
      client.detach();
      client.doc.destroy();
    }
    report({ engine, node: process.version, at: new Date().toISOString(), sameProcess, crossProcess, memory });
  } finally {
    await Promise.all(servers.map(stopServerProcess));
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

function report(result: {
  engine: string;
  node: string;
  at: string;
  sameProcess: LatencyStats;
  crossProcess: LatencyStats | null;
  memory: Awaited<ReturnType<typeof idleMemory>>;
}): void {
  const row = (name: string, s: LatencyStats) => ({
    measurement: name,
    samples: s.samples,
    "p50 ms": round(s.p50),
    "p95 ms": round(s.p95),
    "p99 ms": round(s.p99),
    "max ms": round(s.max),
  });
  const rows = [row(`edit-to-screen, one process (${result.engine})`, result.sameProcess)];
  if (result.crossProcess) rows.push(row("edit-to-screen, two processes (postgres)", result.crossProcess));
  console.table(rows);
  console.table([{ measurement: "idle connections", ...result.memory }]);
  const out = join(ROOT, "bench", "results");
  mkdirSync(out, { recursive: true });
  const file = join(out, `live-${result.at.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Written to ${file}`);
}

const watchdog = setTimeout(() => {
  console.error(`bench:live took longer than ${DEADLINE_MS / 1000} s; stopping.`);
  for (const { child } of servers) child.kill("SIGKILL");
  process.exit(1);
}, DEADLINE_MS);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const { child } of servers) child.kill("SIGKILL");
    process.exit(130);
  });
}

main().then(
  () => {
    clearTimeout(watchdog);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    clearTimeout(watchdog);
    process.exit(1);
  },
);
