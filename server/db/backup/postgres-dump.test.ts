import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  concurrentWriteNumber,
  demoWriteTarget,
  startPostgresWriter,
  writesBetween,
} from "../../../tests/support/concurrent-writes.js";
import { openRestoredDemo } from "../../../tests/support/restored-app.js";
import { postgresTableDigests } from "../../../tests/support/table-digest.js";
import { createTestDb, type TestDb } from "../../../tests/support/test-db.js";
import { fixedClock } from "../../clock.js";
import { seedDemo } from "../../demo/seed.js";
import { dumpPostgres } from "./postgres-dump.js";
import { findPgRestoreBeside, findPostgresTool } from "./postgres-tools.js";

const clock = fixedClock("2026-03-02T09:00:00.000Z");
const adminUrl = inject("pgUrl");
const pgDump = findPostgresTool("pg_dump");

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl ?? "" });
  await client.connect();
  await client.query(statement);
  await client.end();
}

describe.skipIf(!adminUrl || !pgDump)(
  "PostgreSQL backup with pg_dump, restored with pg_restore into a new database",
  () => {
    let source: TestDb;
    let dir: string;
    const restoredName = `r_${randomBytes(6).toString("hex")}`;
    const restoredUrl = (adminUrl ?? "").replace(/\/postgres$/, `/${restoredName}`);

    beforeAll(async () => {
      source = await createTestDb("postgres");
      dir = mkdtempSync(join(tmpdir(), "rapport-pgdump-"));
    });
    afterAll(async () => {
      await source.drop();
      await admin(`drop database if exists ${restoredName} with (force)`);
      rmSync(dir, { recursive: true, force: true });
    });

    it("dumps one consistent snapshot while the app writes, and the restored copy is identical and served", async () => {
      const ids = await seedDemo(source.db, clock);
      const target = await demoWriteTarget(source.db, ids.leader ?? "");
      const writer = startPostgresWriter(source.db, target);
      await writer.reached(20);
      const out = join(dir, "rapport.dump");
      const startedAt = new Date().toISOString();
      const result = await dumpPostgres(source.url, out, pgDump ?? "");
      const finishedAt = new Date().toISOString();
      await writer.reached(writer.written() + 5);
      const written = await writer.stop();
      expect(await writesBetween(source.db, startedAt, finishedAt)).toBeGreaterThan(0);
      expect(result.verified).toBe(true);
      expect(statSync(out).mode & 0o777).toBe(0o600);

      // The documented restore: a new database, pg_restore --no-owner into it.
      await admin(`create database ${restoredName}`);
      const pgRestore = findPgRestoreBeside(pgDump ?? "") ?? "pg_restore";
      const restored = spawnSync(pgRestore, ["--no-owner", "--exit-on-error", `--dbname=${restoredUrl}`, out], {
        encoding: "utf8",
      });
      expect(restored.stderr).toBe("");
      expect(restored.status).toBe(0);

      const client = new pg.Client({ connectionString: restoredUrl });
      await client.connect();
      const { rows } = await client.query<{ id: string }>(
        "select id from agenda_items where id like 'cw%' order by id",
      );
      await client.end();
      const k = rows.length;
      expect(k).toBeGreaterThanOrEqual(20);
      expect(k).toBeLessThan(written);
      expect(rows.map((r) => r.id)).toEqual(Array.from({ length: k }, (_, i) => `cw${String(i + 1).padStart(6, "0")}`));
      const atSnapshot = (_table: string, row: Record<string, unknown>) => (concurrentWriteNumber(row) ?? 0) <= k;
      const expected = await postgresTableDigests(source.url, { keepRow: atSnapshot });
      expect(await postgresTableDigests(restoredUrl)).toEqual(expected);
      expect(expected.agenda_items?.rows).toBeGreaterThan(100);

      const restoredApp = await openRestoredDemo(
        { engine: "postgres", connectionString: restoredUrl },
        restoredUrl,
        clock,
      );
      try {
        const { leader } = restoredApp;
        const meeting = await leader.get(`/api/v1/meetings/${target.meetingId}`);
        const copied = meeting.body.agendaItems.filter((i: { body: string }) => /cw\d{6}/.test(i.body));
        expect(copied).toHaveLength(k);
        const found = await leader.get(`/api/v1/search?q=cw${String(k).padStart(6, "0")}`);
        expect(found.body.results).toHaveLength(1);
      } finally {
        await restoredApp.close();
      }
    });
  },
);
