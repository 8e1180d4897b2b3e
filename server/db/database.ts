import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config.js";
import { NamedStatementClient } from "./pg-named-statements.js";
import type { Database } from "./schema.js";
import { registerSqlFunctions } from "./search-index-terms.js";

export type Engine = DatabaseConfig["engine"];

/** The Kysely instance plus the engine it talks to, for the few engine-specific statements. */
export interface Db {
  kysely: Kysely<Database>;
  engine: Engine;
  destroy(): Promise<void>;
}

function openSqlite(filename: string): SqliteDatabase.Database {
  if (filename !== ":memory:") mkdirSync(dirname(resolve(filename)), { recursive: true });
  const sqlite = new SqliteDatabase(filename);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // FULL: an acknowledged write survives power loss, not just a crash of the process.
  sqlite.pragma("synchronous = FULL");
  registerSqlFunctions(sqlite);
  return sqlite;
}

/** Statements kept compiled; queries with IN-lists of varying length make a few shapes each. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * Reuses compiled statements: Kysely hands SQLite the same SQL text for every call of a
 * query, and compiling it again each time was a sixth of a meeting page's server time.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  const cachedPrepare = (source: string) => {
    const hit = cache.get(source);
    // A statement still iterating (a streamed query) can't be reused; give that caller a fresh one.
    if (hit && !hit.busy) return hit;
    const statement = prepare(source);
    if (!hit) {
      cache.set(source, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === "prepare") return cachedPrepare;
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Opens the configured database. */
export function createDb(config: DatabaseConfig): Db {
  const plugins = [new CamelCasePlugin()];
  if (config.engine === "sqlite") {
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(openSqlite(config.filename)) }),
      plugins,
    });
    return { kysely, engine: "sqlite", destroy: () => kysely.destroy() };
  }
  // A request waits at most this long for a connection, then fails (503) instead of hanging.
  const pool = new pg.Pool({
    connectionString: config.connectionString,
    max: 10,
    connectionTimeoutMillis: 5000,
    Client: NamedStatementClient,
  });
  // A dropped connection must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  // Also while checked out: a backend terminated between two statements of a transaction makes
  // its client emit 'error', fatal without a listener. The next query on it rejects instead,
  // and the pool drops the client when it is released.
  pool.on("connect", (client) => client.on("error", () => {}));
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
  return { kysely, engine: "postgres", destroy: () => kysely.destroy() };
}
