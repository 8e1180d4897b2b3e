import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db, type Engine } from "../../server/db/database.js";
import { migrateToLatest } from "../../server/db/migrator.js";

/** The engines this run tests against: SQLite always, PostgreSQL when the cluster is up. */
export function testEngines(): Engine[] {
  return inject("pgUrl") ? ["sqlite", "postgres"] : ["sqlite"];
}

export interface TestDb {
  db: Db;
  /** A DATABASE_URL pointing at the same database, for child processes. */
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of the given engine, private to the caller. */
export async function createTestDb(engine: Engine): Promise<TestDb> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "rapport-sqlite-"));
    const filename = join(dir, "test.db");
    const db = createDb({ engine: "sqlite", filename });
    await migrateToLatest(db);
    return {
      db,
      url: `sqlite:${filename}`,
      drop: async () => {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject("pgUrl");
  if (!adminUrl) throw new Error("PostgreSQL is not available in this run");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  const db = createDb({ engine: "postgres", connectionString: url });
  await migrateToLatest(db);
  return {
    db,
    url,
    drop: async () => {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
