import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["web", "shared", "vite.config.ts", "package.json"];
const BUILT = "dist/web/index.html";

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Builds the web app when it is missing or older than its sources. */
export function buildWebIfStale() {
  const sourceTime = Math.max(...SOURCES.filter(existsSync).map(newestMtime));
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= sourceTime) return;
  console.log("Building the web app…");
  const result = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
