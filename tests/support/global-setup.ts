import type { TestProject } from "vitest/node";
import { findPostgresBin, startPostgresCluster } from "./postgres-cluster.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

/** Starts one PostgreSQL cluster for the whole run; each test file makes its own database in it. */
export default async function setup(project: TestProject): Promise<() => void> {
  const bin = findPostgresBin();
  if (!bin) {
    const message =
      "PostgreSQL server binaries were not found under /usr/lib/postgresql/*/bin: integration tests run on SQLite only. Install them with `apt-get install postgresql`.";
    if (process.env.CI === "true") throw new Error(`${message} CI=true requires both engines.`);
    console.warn(`\n⚠️  ${message}\n`);
    project.provide("pgUrl", null);
    return () => {};
  }
  const cluster = await startPostgresCluster(bin);
  project.provide("pgUrl", cluster.url);
  return () => cluster.stop();
}
