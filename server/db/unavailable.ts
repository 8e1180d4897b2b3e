/** Socket errors of a database that went away or is not listening. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND"]);

/**
 * PostgreSQL SQLSTATEs of a server shutting down, restarting or full:
 * admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections.
 */
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);

/** Messages of node-postgres for a connection that died or never came. */
const PG_CLIENT_MESSAGES = [
  "Connection terminated",
  "Client has encountered a connection error and is not queryable",
  "timeout exceeded when trying to connect",
];

/**
 * Whether an error says the database is unreachable for now (connection lost,
 * server restarting, SQLite locked past its busy timeout), not that the request
 * or the code is wrong. Such a request may be retried; it answers 503.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (NETWORK_CODES.has(code) || POSTGRES_CODES.has(code)) return true;
    // Class 08: connection exception.
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    if (code === "SQLITE_BUSY") return true;
  }
  if (PG_CLIENT_MESSAGES.some((m) => error.message.startsWith(m))) return true;
  // A failed connect may arrive wrapped (AggregateError of each address tried).
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  return false;
}
