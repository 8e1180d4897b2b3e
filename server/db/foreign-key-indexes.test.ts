import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb, testEngines } from "../../tests/support/test-db.js";

/** Foreign-key columns with no index that starts with them, as `table.column`. */
async function unindexedForeignKeys(testDb: TestDb): Promise<string[]> {
  const db = testDb.db.kysely;
  if (testDb.db.engine === "sqlite") {
    const { rows } = await sql<{ tbl: string; col: string }>`
      select t.name as tbl, fk."from" as col
      from sqlite_master t, pragma_foreign_key_list(t.name) fk
      where t.type = 'table'
        and not exists (
          select 1 from pragma_index_list(t.name) il, pragma_index_info(il.name) ii
          where ii.seqno = 0 and ii.name = fk."from")`.execute(db);
    return rows.map((r) => `${r.tbl}.${r.col}`);
  }
  const { rows } = await sql<{ tbl: string; col: string }>`
    select c.conrelid::regclass::text as tbl, a.attname as col
    from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f'
      and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])`.execute(
    db,
  );
  return rows.map((r) => `${r.tbl}.${r.col}`);
}

for (const engine of testEngines()) {
  describe(`indexes [${engine}]`, () => {
    let testDb: TestDb;
    beforeAll(async () => {
      testDb = await createTestDb(engine);
    });
    afterAll(async () => testDb?.drop());

    it("index every foreign key, so no join or delete scans a whole table", async () => {
      expect(await unindexedForeignKeys(testDb)).toEqual([]);
    });
  });
}
