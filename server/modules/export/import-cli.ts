// `npm run import -- [--check] [--set-password-links] <file.json>…`: imports workspace and personal
// exports into the database the server uses (DATABASE_URL). See docs/data-portability.md.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { systemClock } from "../../clock.js";
import { loadConfig } from "../../config.js";
import { createDb } from "../../db/database.js";
import { migrateToLatest } from "../../db/migrator.js";
import { AppError } from "../../http/errors.js";
import { issueSetPasswordLinks } from "../invitations/set-password-links.js";
import { importExports } from "./import.service.js";
import type { ImportInput } from "./import-bundle.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { check: { type: "boolean" }, "set-password-links": { type: "boolean" } },
});
if (!positionals.length) {
  console.error("Usage: npm run import -- [--check] [--set-password-links] <export.json>…");
  process.exit(2);
}

function readInput(path: string): ImportInput {
  const name = basename(path);
  try {
    return { name, content: JSON.parse(readFileSync(path, "utf8")) };
  } catch (error) {
    console.error(`${name}: ${(error as Error).message}`);
    process.exit(1);
  }
}

const inputs = positionals.map(readInput);
const config = loadConfig();
const db = createDb(config.database);
try {
  await migrateToLatest(db);
  const summary = await importExports(db, inputs, { dryRun: values.check });
  console.log(values.check ? "The files are valid; nothing was written." : "Imported:");
  for (const [table, { records, inserted }] of Object.entries(summary)) {
    if (records) console.log(`  ${table.padEnd(14)} ${records} records${values.check ? "" : `, ${inserted} new`}`);
  }
  if (values["set-password-links"] && !values.check) {
    const links = await issueSetPasswordLinks(db, systemClock, config.appUrl);
    console.log(links.length ? "\nLinks to set a password (valid 7 days; admins can resend them):" : "");
    for (const link of links) console.log(`  ${link.email.padEnd(32)} ${link.url}`);
  }
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(`Nothing was imported:\n${error.message}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
