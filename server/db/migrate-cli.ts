import { loadConfig } from "../config.js";
import { createDb } from "./database.js";
import { migrateToLatest } from "./migrator.js";

const config = loadConfig();
const db = createDb(config.database);
try {
  const applied = await migrateToLatest(db);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.destroy();
}
