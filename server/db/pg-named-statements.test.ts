import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createTestDb, testEngines } from "../../tests/support/test-db.js";

describe.runIf(testEngines().includes("postgres"))("PostgreSQL named prepared statements", () => {
  it("prepares each parameterised query once per connection, under a name from its text", async () => {
    const { db, drop } = await createTestDb("postgres");
    try {
      const statements = await db.kysely.connection().execute(async (conn) => {
        const find = (email: string) =>
          conn.selectFrom("users").select("id").where("email", "=", email).where("name", "!=", "x").execute();
        expect(await find("a@example.com")).toEqual([]);
        expect(await find("b@example.com")).toEqual([]);
        const { rows } = await sql<{
          name: string;
          statement: string;
        }>`select name, statement from pg_prepared_statements where statement like '%from "users"%'`.execute(conn);
        return rows;
      });
      // Two calls, one statement: the second call reused it with new values.
      expect(statements).toHaveLength(1);
      expect(statements[0]?.name).toMatch(/^r[0-9a-f]{40}$/);
    } finally {
      await drop();
    }
  });
});
