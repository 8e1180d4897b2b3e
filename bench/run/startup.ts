import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnServerProcess, stopServerProcess, waitUntilHealthy } from "../../tests/support/server-process.js";

/** Resident memory of a process, from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/** How long the bundled server takes from spawn to answering /healthz on an empty SQLite, and its idle memory. */
export async function measureStartup(): Promise<{ startMs: number; idleRssMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), "rapport-bench-start-"));
  try {
    const started = performance.now();
    const server = await spawnServerProcess({
      databaseUrl: `sqlite:${join(dir, "start.db")}`,
      sessionSecret: "bench-start-secret-0123456789abcdef",
      output: "capture",
      entry: "bundle",
    });
    await waitUntilHealthy(server);
    const startMs = Math.round(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idleRssMb = rssMb(server.child.pid ?? 0);
    await stopServerProcess(server);
    return { startMs, idleRssMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
