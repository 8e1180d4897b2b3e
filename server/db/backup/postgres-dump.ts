import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { BackupError } from "./backup-error.js";
import { renameDurably } from "./durable-files.js";
import { findPgRestoreBeside, libpqConnection } from "./postgres-tools.js";

export interface PostgresDumpResult {
  file: string;
  bytes: number;
  /** Whether pg_restore --list read the archive back and found the migrations table in it. */
  verified: boolean;
}

interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program without blocking the event loop (a server in this process keeps answering). */
function runTool(file: string, args: string[], env: Record<string, string> = {}): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.once("error", (error) => reject(new BackupError("tool_failed", `${file} did not run: ${error.message}`)));
    child.once("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Lists a custom-format archive with pg_restore, to prove it is readable and holds Rapport's tables. */
async function verifyArchive(pgRestore: string, file: string): Promise<void> {
  const listed = await runTool(pgRestore, ["--list", file]);
  if (listed.status !== 0) throw new BackupError("corrupt", `pg_restore cannot read the dump: ${listed.stderr.trim()}`);
  if (!/ TABLE (DATA )?public kysely_migration /.test(listed.stdout)) {
    throw new BackupError("not_rapport", "The dump has no kysely_migration table; is DATABASE_URL Rapport's database?");
  }
}

/** Runs `pg_dump --format=custom` into a file (a consistent snapshot while the server runs), then lists it back. */
export async function dumpPostgres(connectionString: string, out: string, pgDump: string): Promise<PostgresDumpResult> {
  if (existsSync(out)) throw new BackupError("exists", `${out} already exists; choose another --out`);
  mkdirSync(dirname(out), { recursive: true, mode: 0o700 });
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  const { dbname, env } = libpqConnection(connectionString);
  try {
    const args = ["--format=custom", "--no-password", `--file=${partial}`, `--dbname=${dbname}`];
    const dumped = await runTool(pgDump, args, env);
    if (dumped.status !== 0) throw new BackupError("tool_failed", `pg_dump failed: ${dumped.stderr.trim()}`);
    const pgRestore = findPgRestoreBeside(pgDump);
    if (pgRestore) await verifyArchive(pgRestore, partial);
    // It holds password hashes and every private note: readable by its owner only.
    chmodSync(partial, 0o600);
    renameDurably(partial, out);
    return { file: out, bytes: statSync(out).size, verified: pgRestore !== null };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
