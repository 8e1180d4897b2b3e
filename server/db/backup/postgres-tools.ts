import { accessSync, constants, existsSync, readdirSync, statSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";

export type PostgresTool = "pg_dump" | "pg_restore";

const SYSTEM_ROOT = "/usr/lib/postgresql";

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Finds a PostgreSQL client program on PATH, else the newest under /usr/lib/postgresql/<version>/bin. */
export function findPostgresTool(tool: PostgresTool, path = process.env.PATH ?? ""): string | null {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    if (isExecutable(join(dir, tool))) return join(dir, tool);
  }
  if (!existsSync(SYSTEM_ROOT)) return null;
  const newestFirst = readdirSync(SYSTEM_ROOT).sort((a, b) => Number(b) - Number(a));
  const found = newestFirst.map((v) => join(SYSTEM_ROOT, v, "bin", tool)).find(isExecutable);
  return found ?? null;
}

/** The pg_restore that came with a pg_dump (same version), else any. */
export function findPgRestoreBeside(pgDump: string): string | null {
  const sibling = join(dirname(pgDump), "pg_restore");
  return isExecutable(sibling) ? sibling : findPostgresTool("pg_restore");
}

/** A connection for libpq programs: the URL without its password, which goes in PGPASSWORD (never visible in `ps`). */
export function libpqConnection(connectionString: string): { dbname: string; env: Record<string, string> } {
  let url: URL;
  try {
    url = new URL(connectionString);
  } catch {
    return { dbname: connectionString, env: {} };
  }
  if (!url.password) return { dbname: connectionString, env: {} };
  const password = decodeURIComponent(url.password);
  url.password = "";
  return { dbname: url.toString(), env: { PGPASSWORD: password } };
}

/** The connection string with its password masked, for messages. */
export function redactConnectionString(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = "****";
    return url.toString();
  } catch {
    return "DATABASE_URL";
  }
}
