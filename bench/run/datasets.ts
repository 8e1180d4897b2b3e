import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { createDb, type Engine } from "../../server/db/database.js";
import type { PostgresCluster } from "../../tests/support/postgres-cluster.js";
import { type GeneratedFacts, generateOrganization } from "../generate.js";

/** Generated data is kept between runs (SQLite files); the server migrates an older one at start. */
const DATA_DIR = "bench/.data";
/** Generation is anchored to a fixed day so the data, and so the results, repeat from run to run. */
const NOW = new Date("2026-11-23T00:00:00.000Z");

/** An organization of `people` in a database of `engine`: generated once, then reused (SQLite). */
export async function dataset(engine: Engine, people: number, cluster: PostgresCluster | null, seed: number) {
  mkdirSync(DATA_DIR, { recursive: true });
  if (engine === "sqlite") {
    const file = join(DATA_DIR, `sqlite-${people}-${seed}.db`);
    const factsFile = `${file}.json`;
    if (existsSync(file) && existsSync(factsFile)) {
      return { url: `sqlite:${file}`, facts: JSON.parse(readFileSync(factsFile, "utf8")) as GeneratedFacts };
    }
    rmSync(file, { force: true });
    const db = createDb({ engine: "sqlite", filename: file });
    const facts = await generate(db, people, seed);
    writeFileSync(factsFile, JSON.stringify(facts));
    return { url: `sqlite:${file}`, facts };
  }
  if (!cluster) throw new Error("PostgreSQL is not running");
  const name = `bench_${people}`;
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = cluster.url.replace(/\/postgres$/, `/${name}`);
  const facts = await generate(createDb({ engine: "postgres", connectionString: url }), people, seed);
  return { url, facts };
}

async function generate(db: ReturnType<typeof createDb>, people: number, seed: number): Promise<GeneratedFacts> {
  const { migrateToLatest } = await import("../../server/db/migrator.js");
  await migrateToLatest(db);
  process.stdout.write(`  generating ${people.toLocaleString("en")} people (${db.engine})…\n`);
  try {
    const facts = await generateOrganization(db, { people, seed, now: NOW });
    // Planner statistics for the data just written (the server only refreshes them at start).
    if (db.engine === "sqlite") await sql`analyze`.execute(db.kysely);
    return facts;
  } finally {
    await db.destroy();
  }
}
