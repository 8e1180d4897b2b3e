import { expect, it } from "vitest";
import { describeEachEngine } from "../../tests/support/test-app.js";
import { migrateToLatest } from "./migrator.js";

describeEachEngine("migrations", (ctx) => {
  it("are applied once and a second run changes nothing", async () => {
    expect(await migrateToLatest(ctx.current.deps.db)).toEqual([]);
    const tables = await ctx.current.deps.db.kysely.introspection.getTables();
    const names = tables.map((t) => t.name);
    for (const table of [
      "users",
      "organizations",
      "memberships",
      "invitations",
      "sessions",
      "api_tokens",
      "audit_events",
      "outbox_messages",
    ]) {
      expect(names).toContain(table);
    }
  });
});
