// `npm run demo`: resets the demo database, seeds it and serves it. `--seed-only` stops after seeding.
import { rmSync } from "node:fs";
import { sql } from "kysely";
import { systemClock } from "../clock.js";
import { parseDatabaseUrl } from "../config.js";
import { createDb } from "../db/database.js";
import { migrateToLatest } from "../db/migrator.js";
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from "./seed.js";

const url = process.env.DEMO_DATABASE_URL ?? "sqlite:./data/demo.db";
const database = parseDatabaseUrl(url);
if (database.engine === "sqlite") {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${database.filename}${suffix}`, { force: true });
}
const db = createDb(database);
if (database.engine === "postgres") {
  await sql`drop schema public cascade`.execute(db.kysely);
  await sql`create schema public`.execute(db.kysely);
}
await migrateToLatest(db);
await seedDemo(db, systemClock);
await db.destroy();

console.log(`\nDemo workspace "Northwind Labs" is ready in ${url}.`);
console.log(`Sign in with any of these (password: ${DEMO_PASSWORD}):`);
for (const p of DEMO_PEOPLE)
  console.log(
    `  ${p.email.padEnd(28)} ${p.name} (${p.key === "leader" ? "leader" : p.role === "owner" ? "owner/admin" : "teammate"}; ${p.locale}, ${p.timezone})`,
  );
console.log("The app opens in the language picked on the sign-in page, whichever account you use.");

if (!process.argv.includes("--seed-only")) {
  process.env.DATABASE_URL = url;
  process.env.RAPPORT_DEMO = "true";
  const { buildWebIfStale } = await import("../../scripts/build-if-stale.mjs");
  buildWebIfStale();
  await import("../main.js");
}
