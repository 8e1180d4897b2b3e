import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sqliteTableDigests } from "../../../tests/support/table-digest.js";
import { createDb } from "../database.js";
import { knownMigrationNames, migrateToLatest } from "../migrator.js";
import { BackupError } from "./backup-error.js";
import { backupSqlite } from "./sqlite-backup.js";
import { restoreSqlite } from "./sqlite-restore.js";

const now = new Date("2026-03-02T09:00:00.000Z");

/** A migrated database holding one setting, so two of them can be told apart. */
async function databaseWith(file: string, value: string): Promise<void> {
  const db = createDb({ engine: "sqlite", filename: file });
  await migrateToLatest(db);
  await db.kysely.insertInto("settings").values({ key: "which", value }).execute();
  await db.destroy();
}

function settingIn(file: string): string {
  const sqlite = new SqliteDatabase(file, { readonly: true });
  const value = sqlite.prepare("select value from settings where key = 'which'").pluck().get() as string;
  sqlite.close();
  return value;
}

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BackupError)) throw new Error(`Expected a BackupError, got ${String(error)}`);
  return error;
}

describe("SQLite restore", () => {
  let dir: string;
  let live: string;
  let backup: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "rapport-restore-"));
    live = join(dir, "data", "rapport.db");
    backup = join(dir, "backup.db");
    await databaseWith(join(dir, "old.db"), "from the backup");
    await backupSqlite(join(dir, "old.db"), backup);
    await databaseWith(live, "live");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses while a server holds the database open, and changes nothing", async () => {
    const server = createDb({ engine: "sqlite", filename: live });
    await server.kysely.selectFrom("settings").selectAll().execute();
    const files = readdirSync(join(dir, "data")).sort();
    try {
      const error = await refusal(restoreSqlite(backup, live, now));
      expect(error.code).toBe("in_use");
      expect(error.message).toMatch(/open in another process/);
      expect(readdirSync(join(dir, "data")).sort()).toEqual(files);
      expect((await server.kysely.selectFrom("settings").select("value").executeTakeFirst())?.value).toBe("live");
    } finally {
      await server.destroy();
    }
  });

  it("keeps the replaced database aside, whole, and swaps in the backup with its permissions", async () => {
    const before = sqliteTableDigests(live);
    const mode = statSync(live).mode & 0o777;
    const first = await restoreSqlite(backup, live, now);
    expect(first.keptAs).toBe(`${live}.before-restore-2026-03-02T09-00-00Z`);
    expect(sqliteTableDigests(first.keptAs ?? "")).toEqual(before);
    expect(settingIn(live)).toBe("from the backup");
    expect(sqliteTableDigests(live)).toEqual(sqliteTableDigests(backup));
    expect(statSync(live).mode & 0o777).toBe(mode);
    // The same second again: a second name, never an overwrite.
    const second = await restoreSqlite(backup, live, now);
    expect(second.keptAs).toBe(`${live}.before-restore-2026-03-02T09-00-00Z-2`);
    expect(readdirSync(join(dir, "data")).sort()).toEqual([
      "rapport.db",
      "rapport.db.before-restore-2026-03-02T09-00-00Z",
      "rapport.db.before-restore-2026-03-02T09-00-00Z-2",
    ]);
  });

  it("refuses what is not a Rapport database of a version this code can run, and changes nothing", async () => {
    const text = join(dir, "notes.txt");
    writeFileSync(text, "not a database at all, just some words that are long enough to fill a header.\n".repeat(20));
    const foreign = join(dir, "foreign.db");
    const other = new SqliteDatabase(foreign);
    other.exec("create table t (x)");
    other.close();
    const newer = join(dir, "newer.db");
    copyFileSync(backup, newer);
    const gap = join(dir, "gap.db");
    copyFileSync(backup, gap);
    const edit = (file: string, statement: string) => {
      const sqlite = new SqliteDatabase(file);
      sqlite.exec(statement);
      sqlite.close();
    };
    edit(newer, "insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2030-01-01')");
    edit(gap, `delete from kysely_migration where name = '${knownMigrationNames()[3]}'`);
    const files = readdirSync(join(dir, "data")).sort();

    expect((await refusal(restoreSqlite(text, live, now))).code).toBe("not_rapport");
    expect((await refusal(restoreSqlite(foreign, live, now))).code).toBe("not_rapport");
    const future = await refusal(restoreSqlite(newer, live, now));
    expect(future.code).toBe("newer_version");
    expect(future.message).toMatch(/9999_from_the_future.*upgrade Rapport first/);
    expect((await refusal(restoreSqlite(gap, live, now))).code).toBe("mismatch");
    expect((await refusal(restoreSqlite(join(dir, "missing.db"), live, now))).code).toBe("not_found");
    expect(readdirSync(join(dir, "data")).sort()).toEqual(files);
    expect(settingIn(live)).toBe("live");
  });
});

describe("SQLite backup", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "rapport-backup-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("never overwrites a file, and says when there is no database", async () => {
    const live = join(dir, "rapport.db");
    await databaseWith(live, "live");
    const out = join(dir, "taken.db");
    writeFileSync(out, "someone's file");
    expect((await refusal(backupSqlite(live, out))).code).toBe("exists");
    expect((await refusal(backupSqlite(join(dir, "missing.db"), join(dir, "b.db")))).code).toBe("not_found");
    expect(readdirSync(dir).sort()).toEqual(["rapport.db", "taken.db"]);
  });

  it("writes a single self-contained file readable by its owner only", async () => {
    const live = join(dir, "rapport.db");
    await databaseWith(live, "live");
    const result = await backupSqlite(live, join(dir, "nested", "copy.db"));
    expect(statSync(result.file).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, "nested"))).toEqual(["copy.db"]);
    expect(result.migrations).toEqual(knownMigrationNames());
    expect(settingIn(result.file)).toBe("live");
  });
});
