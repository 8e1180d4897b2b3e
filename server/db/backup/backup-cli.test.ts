import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess, stopServerProcess } from "../../../tests/support/server-process.js";
import { createDb } from "../database.js";
import { knownMigrationNames, migrateToLatest } from "../migrator.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** Runs `npm run backup` / `npm run restore` as the scripts do (tsx), without npm's own start-up. */
function cli(script: "backup" | "restore", databaseUrl: string, args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", `server/db/backup/${script}-cli.ts`, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run backup / npm run restore against a running server", () => {
  let dir: string;
  let live: string;
  let server: ServerProcess | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "rapport-backup-cli-"));
    live = join(dir, "data", "rapport.db");
    const db = createDb({ engine: "sqlite", filename: live });
    await migrateToLatest(db);
    await db.destroy();
    server = await startServerProcess({
      databaseUrl: `sqlite:${live}`,
      sessionSecret: "backup-cli-test-secret-backup-cli-test",
      output: "capture",
    });
  });
  afterAll(async () => {
    if (server) await stopServerProcess(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it("backs up beside the database while the server runs, refuses to restore under it, restores once it stops", async () => {
    const backup = cli("backup", `sqlite:${live}`, []);
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain(
      `Verified: integrity_check ok; ${knownMigrationNames().length} migrations, the same as the live database`,
    );
    const [file] = readdirSync(join(dir, "data", "backups"));
    expect(file).toMatch(/^rapport-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.db$/);
    const backupFile = join(dir, "data", "backups", file ?? "");

    const refused = cli("restore", `sqlite:${live}`, [backupFile]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/is open in another process \(a running Rapport server\?\)/);
    expect(refused.stderr).toMatch(/Nothing was changed/);

    if (server) await stopServerProcess(server);
    server = null;
    const restored = cli("restore", `sqlite:${live}`, [backupFile]);
    expect(restored.stderr).toBe("");
    expect(restored.status).toBe(0);
    const kept = /Kept the replaced database as (\S+)/.exec(restored.stdout)?.[1] ?? "";
    expect(kept).toMatch(/rapport\.db\.before-restore-/);
    expect(existsSync(kept)).toBe(true);
  });

  it("prints pg_restore steps for PostgreSQL instead of replacing the database", () => {
    const run = cli("restore", "postgres://rapport:secret@db.example:5432/rapport", ["rapport.dump"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /pg_restore --no-owner --exit-on-error --dbname="postgres:\/\/rapport:\*{4}@db\.example:5432\/rapport_restored" rapport\.dump/,
    );
    expect(run.stderr).not.toMatch(/secret/);
  });
});
