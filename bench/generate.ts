/**
 * `npx tsx bench/generate.ts --people 10000 --seed 42 --database <url> [--now 2026-11-23T00:00:00Z]`
 *
 * Writes a realistic organization of the chosen size, with two years of 1:1
 * history, into an empty database (`sqlite:/path/file.db` or `postgres://…`,
 * as DATABASE_URL). Migrates first, refuses a database that already has users
 * (exit 2), prints progress and then a JSON summary. The same people, seed and
 * now give the same data, ids included.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseDatabaseUrl } from "../server/config.js";
import { createDb } from "../server/db/database.js";
import { migrateToLatest } from "../server/db/migrator.js";
import { generateOrganization, MIN_PEOPLE } from "./generate/organization.js";

export type { GeneratedFacts, GenerateOptions } from "./generate/organization.js";
export { BENCH_PASSWORD, generateOrganization } from "./generate/organization.js";

const USAGE =
  "usage: npx tsx bench/generate.ts --people N --database <sqlite:/path/file.db | postgres://…> [--seed 42] [--now ISO]";

/** The start of today (UTC), so repeated runs on one day write the same data. */
const startOfToday = () => new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);

function fail(message: string, code: number): never {
  console.error(`error: ${message}`);
  process.exit(code);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      people: { type: "string" },
      seed: { type: "string", default: "42" },
      database: { type: "string" },
      now: { type: "string" },
    },
  });
  const people = Number(values.people);
  const seed = Number(values.seed);
  if (!values.people || !Number.isInteger(people) || people < MIN_PEOPLE)
    fail(`--people must be an integer ≥ ${MIN_PEOPLE}\n${USAGE}`, 1);
  if (!Number.isInteger(seed)) fail(`--seed must be an integer\n${USAGE}`, 1);
  if (!values.database || !/^(sqlite:|postgres:\/\/|postgresql:\/\/)/.test(values.database))
    fail(`--database must start with sqlite: or postgres://\n${USAGE}`, 1);
  const now = values.now ? new Date(values.now) : startOfToday();
  if (Number.isNaN(now.getTime())) fail(`--now is not a date: ${values.now}`, 1);

  const db = createDb(parseDatabaseUrl(values.database));
  try {
    await migrateToLatest(db);
    const existing = await db.kysely
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    if (Number(existing.n) > 0) {
      console.error(`error: the database already has ${existing.n} users; generate into an empty database`);
      process.exitCode = 2;
      return;
    }
    console.log(`Generating ${people} people (seed ${seed}, now ${now.toISOString()}) into ${db.engine}…`);
    const facts = await generateOrganization(db, { people, seed, now, log: (line) => console.log(`  ${line}`) });
    const rows = Object.values(facts.counts).reduce((sum, n) => sum + n, 0);
    console.log(JSON.stringify({ people, seed, now: now.toISOString(), engine: db.engine, rows, ...facts }, null, 2));
  } finally {
    await db.destroy();
  }
}

const entry = process.argv[1];
if (entry && realpathSync(entry) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error), 1));
}
