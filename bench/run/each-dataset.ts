import type { Engine } from "../../server/db/database.js";
import { findPostgresBin, type PostgresCluster, startPostgresCluster } from "../../tests/support/postgres-cluster.js";

/** The command-line options of a script that measures datasets: which sizes, which engines, the generator's seed. */
export const datasetOptions = (defaults: { sizes: string; engines: string }) =>
  ({
    sizes: { type: "string", default: defaults.sizes },
    engines: { type: "string", default: defaults.engines },
    seed: { type: "string", default: "42" },
  }) as const;

/** Reads the values of `datasetOptions`: comma-separated sizes and engines, and the seed. */
export function datasetArgs(values: { sizes?: string; engines?: string; seed?: string }) {
  return {
    sizes: (values.sizes ?? "").split(",").map(Number).filter(Boolean),
    engines: (values.engines ?? "").split(",") as Engine[],
    seed: Number(values.seed),
  };
}

/**
 * Runs `measure` on every engine and size, in that order, and gathers its rows. A throwaway PostgreSQL
 * cluster is started when PostgreSQL is asked for, and stopped at the end; without one, SQLite only.
 */
export async function measureEachDataset<R>(
  engines: Engine[],
  sizes: number[],
  measure: (engine: Engine, people: number, cluster: PostgresCluster | null) => Promise<R[]>,
): Promise<R[]> {
  const pgBin = engines.includes("postgres") ? findPostgresBin() : null;
  if (engines.includes("postgres") && !pgBin) process.stdout.write("PostgreSQL is not installed: SQLite only.\n");
  const cluster = pgBin ? await startPostgresCluster(pgBin) : null;
  const rows: R[] = [];
  try {
    for (const engine of engines) {
      if (engine === "postgres" && !cluster) continue;
      for (const people of sizes) rows.push(...(await measure(engine, people, cluster)));
    }
  } finally {
    cluster?.stop();
  }
  return rows;
}
