import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  concurrentWriteNumber,
  demoWriteTarget,
  startSqliteWriter,
  type WriteTarget,
  writesBetween,
} from "../../../tests/support/concurrent-writes.js";
import { openRestoredDemo } from "../../../tests/support/restored-app.js";
import { sqliteTableDigests } from "../../../tests/support/table-digest.js";
import { createTestDb, type TestDb } from "../../../tests/support/test-db.js";
import { fixedClock } from "../../clock.js";
import { seedDemo } from "../../demo/seed.js";
import { knownMigrationNames } from "../migrator.js";
import { backupSqlite } from "./sqlite-backup.js";
import { restoreSqlite } from "./sqlite-restore.js";

const clock = fixedClock("2026-03-02T09:00:00.000Z");
/**
 * FTS internals and AUTOINCREMENT counters record writes a snapshot left out, so they only compare copy to
 * copy; the search index is contentless (migration 0010), so search is checked through the app.
 */
const logicalTables = (table: string) => table !== "sqlite_sequence" && !/^search_fts(_|$)/.test(table);

describe("SQLite backup and restore of the demo workspace, taken while another process writes", () => {
  let source: TestDb;
  let sourceFile: string;
  let dir: string;
  let target: WriteTarget;
  let leaderId: string;

  beforeAll(async () => {
    source = await createTestDb("sqlite");
    sourceFile = source.url.slice("sqlite:".length);
    dir = mkdtempSync(join(tmpdir(), "rapport-backup-"));
    const ids = await seedDemo(source.db, clock);
    leaderId = ids.leader ?? "";
    target = await demoWriteTarget(source.db, leaderId);
  });
  afterAll(async () => {
    await source.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("copies one consistent snapshot, restores it identically into a fresh place, and the app serves it", async () => {
    const writer = startSqliteWriter(sourceFile, target);
    await writer.reached(20);
    const backupFile = join(dir, "backups", "demo.db");
    const startedAt = new Date().toISOString();
    const result = await backupSqlite(sourceFile, backupFile);
    const finishedAt = new Date().toISOString();
    // Keep writing past the snapshot, so the live database moves on and the copy must not.
    await writer.reached(writer.written() + 5);
    const written = await writer.stop();
    expect(await writesBetween(source.db, startedAt, finishedAt)).toBeGreaterThan(0);
    expect(result.migrations).toEqual(knownMigrationNames());
    expect(readdirSync(join(dir, "backups"))).toEqual(["demo.db"]);

    // The copy holds exactly the first k writes, each whole (its search entry too), and none after.
    const backup = new SqliteDatabase(backupFile, { readonly: true });
    const markers = backup.prepare("select id from agenda_items where id like 'cw%' order by id").pluck().all();
    const indexed = backup.prepare("select count(*) from search_documents where doc_id like 'cw%'").pluck().get();
    expect(backup.pragma("journal_mode", { simple: true })).toBe("delete");
    backup.close();
    const k = markers.length;
    expect(k).toBeGreaterThanOrEqual(20);
    expect(k).toBeLessThan(written);
    expect(markers).toEqual(Array.from({ length: k }, (_, i) => `cw${String(i + 1).padStart(6, "0")}`));
    expect(indexed).toBe(k);

    // Every table of the copy equals the live database as it was at the snapshot.
    const atSnapshot = (_table: string, row: Record<string, unknown>) => (concurrentWriteNumber(row) ?? 0) <= k;
    const expected = sqliteTableDigests(sourceFile, { keepRow: atSnapshot, keepTable: logicalTables });
    expect(sqliteTableDigests(backupFile, { keepTable: logicalTables })).toEqual(expected);
    expect(expected.agenda_items?.rows).toBeGreaterThan(100);

    // Restored into a fresh location: every table, FTS internals included, equals the backup.
    const restoredFile = join(dir, "fresh", "rapport.db");
    const restored = await restoreSqlite(backupFile, restoredFile, clock.now());
    expect(restored.keptAs).toBeNull();
    expect(restored.migrations.pending).toEqual([]);
    expect(sqliteTableDigests(restoredFile)).toEqual(sqliteTableDigests(backupFile));

    // The app starts on it and reads it through the API: sign-in, the 1:1s, the meeting, search.
    const restoredApp = await openRestoredDemo(
      { engine: "sqlite", filename: restoredFile },
      `sqlite:${restoredFile}`,
      clock,
    );
    try {
      const { leader } = restoredApp;
      const meeting = await leader.get(`/api/v1/meetings/${target.meetingId}`);
      expect(meeting.status).toBe(200);
      const written = meeting.body.agendaItems.filter((i: { body: string }) => /cw\d{6}/.test(i.body));
      expect(written).toHaveLength(k);
      const last = `cw${String(k).padStart(6, "0")}`;
      const found = await leader.get(`/api/v1/search?q=${last}`);
      expect(found.body.results).toHaveLength(1);
      const missing = await leader.get(`/api/v1/search?q=cw${String(k + 1).padStart(6, "0")}`);
      expect(missing.body.results).toHaveLength(0);
    } finally {
      await restoredApp.close();
    }
  });
});
