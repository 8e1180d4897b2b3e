import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPair } from "../../../tests/support/pairs.js";
import { sessionActor } from "../../../tests/support/service-actor.js";
import { startTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { exportUserData, exportWorkspace } from "./export.service.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const actor = sessionActor;

/** Runs `npm run import` as the script does (tsx), without npm's own start-up. */
function importCli(databaseUrl: string, args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "server/modules/export/import-cli.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, APP_URL: "https://rapport.example.org", LOG_LEVEL: "silent" },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run import", () => {
  let source: TestApp;
  let dir: string;
  let paths: string[];
  beforeAll(async () => {
    source = await startTestApp("sqlite");
    const w = await buildPair(source);
    dir = mkdtempSync(join(tmpdir(), "rapport-import-cli-"));
    const workspace = await exportWorkspace(source.deps, actor(w.admin.userId), w.orgId);
    const files: Array<[string, unknown]> = [["workspace.json", workspace]];
    for (const person of [w.leader, w.teammate])
      files.push([`${person.name}.json`, await exportUserData(source.deps, actor(person.userId))]);
    paths = files.map(([name, content]) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(content));
      return path;
    });
  });
  afterAll(async () => {
    await source?.app.close();
    await source?.testDb.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("migrates an empty database, imports, prints set-password links, and changes nothing the second time", async () => {
    const url = `sqlite:${join(dir, "target", "rapport.db")}`;
    const check = importCli(url, ["--check", ...paths]);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain("The files are valid; nothing was written.");
    const first = importCli(url, ["--set-password-links", ...paths]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/users +4 records, 4 new/);
    expect(first.stdout).toMatch(/meetings +1 records, 1 new/);
    expect(first.stdout.match(/https:\/\/rapport\.example\.org\/invite\/\S+/g)).toHaveLength(4);
    const second = importCli(url, paths);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/users +4 records, 0 new/);
    expect(second.stdout).toMatch(/meetings +1 records, 0 new/);
  });

  it("exits 1 and names the file and field of a bad record, writing nothing", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({ format: "rapport-export", version: 1, kind: "workspace", exportedAt: "yesterday" }),
    );
    const run = importCli(`sqlite:${join(dir, "bad-target", "rapport.db")}`, [bad]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Nothing was imported:");
    expect(run.stderr).toContain("bad.json: exportedAt: must be an ISO-8601 date-time");
    expect(run.stderr).toContain("bad.json: organization:");
  });
});
