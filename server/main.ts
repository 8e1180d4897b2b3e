import { buildApp } from "./app.js";
import { loadConfig } from "./config.js";
import { createDb } from "./db/database.js";
import { migrateToLatest } from "./db/migrator.js";
import { startScheduler } from "./jobs/scheduler.js";
import { loggerOptions } from "./log-output.js";
import { hasAnyUser } from "./modules/instance/instance.repo.js";
import { startupSummary } from "./startup-summary.js";

/** How long shutdown waits for slow clients before it cuts their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

const config = loadConfig();
const db = createDb(config.database);
await migrateToLatest(db);
const { app, deps } = await buildApp({
  config,
  db,
  logger: loggerOptions(config.logLevel, process.stdout.isTTY === true),
});
const stopScheduler = startScheduler(deps);

/**
 * Stops in order: no new sweeps; the server stops listening and finishes the
 * requests it is serving; live sockets are told it is going away and the live
 * hub stores what they wrote; only then is the database closed.
 */
async function shutdown(signal: string): Promise<void> {
  app.log.info({ signal }, "shutting down");
  const cutOff = setTimeout(() => {
    app.log.warn("shutdown: cutting the connections still open");
    app.server.closeAllConnections();
    for (const client of app.websocketServer.clients) client.terminate();
  }, SHUTDOWN_GRACE_MS);
  cutOff.unref();
  try {
    await stopScheduler();
    await app.close();
    await db.destroy();
  } catch (error) {
    app.log.error({ err: error }, "shutdown failed");
    process.exit(1);
  }
  clearTimeout(cutOff);
  process.exit(0);
}
// One shutdown, whatever comes next (a second Ctrl-C, SIGINT then SIGTERM from a supervisor): a
// second run would destroy the database under the first one's in-flight requests. The grace
// period above bounds how long it takes.
let stopping = false;
const onSignal = (signal: string) => {
  if (stopping) return;
  stopping = true;
  void shutdown(signal);
};
process.on("SIGTERM", onSignal);
process.on("SIGINT", onSignal);

const hasUsers = await hasAnyUser(db.kysely);
const summaryAt = (listeningOn: string) =>
  startupSummary({ listeningOn, appUrl: config.appUrl, database: config.database, smtpUrl: config.smtpUrl, hasUsers });
// The listening line is the first of the summary; the others follow it.
const address = await app.listen({
  port: config.port,
  host: config.host,
  listenTextResolver: (listeningOn) => summaryAt(listeningOn)[0] ?? listeningOn,
});
for (const line of summaryAt(address).slice(1)) app.log.info(line);
