import { buildApp } from "./app.js";
import { loadConfig } from "./config.js";
import { createDb } from "./db/database.js";
import { migrateToLatest } from "./db/migrator.js";
import { startScheduler } from "./jobs/scheduler.js";

const config = loadConfig();
const db = createDb(config.database);
await migrateToLatest(db);
const { app, deps } = await buildApp({ config, db });
const stopScheduler = startScheduler(deps);

async function shutdown(signal: string): Promise<void> {
  app.log.info({ signal }, "shutting down");
  await stopScheduler();
  await app.close();
  await db.destroy();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));

await app.listen({ port: config.port, host: config.host });
const where = config.database.engine === "sqlite" ? config.database.filename : "PostgreSQL";
app.log.info(`Rapport is running at ${config.appUrl} (database: ${where})`);
