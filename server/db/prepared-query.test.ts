import { expect, it } from "vitest";
import { describeEachEngine } from "../../tests/support/test-app.js";
import { preparedQuery } from "./prepared-query.js";

const findUsers = preparedQuery((db, p: { email: string; other: string }) =>
  db
    .selectFrom("users")
    .select(["id", "email", "createdAt"])
    .where((eb) => eb.or([eb("email", "=", p.email), eb("email", "=", p.other)]))
    .where("email", "!=", "nobody@example.com")
    .orderBy("email"),
);

describeEachEngine("preparedQuery", (ctx) => {
  it("runs one compiled query with each call's values, constants kept, rows camel-cased", async () => {
    const db = ctx.current.deps.db.kysely;
    const now = new Date().toISOString();
    const base = { passwordHash: "x", locale: "en" as const, timezone: "UTC", createdAt: now, updatedAt: now };
    await db
      .insertInto("users")
      .values([
        { ...base, id: "u-a", email: "a@example.com", name: "A" },
        { ...base, id: "u-b", email: "b@example.com", name: "B" },
        { ...base, id: "u-c", email: "c@example.com", name: "C" },
      ])
      .execute();
    const first = await findUsers(db, { email: "a@example.com", other: "c@example.com" });
    expect(first.map((u) => u.id)).toEqual(["u-a", "u-c"]);
    expect(first[0]?.createdAt).toBe(now);
    const second = await findUsers(db, { email: "b@example.com", other: "zz@example.com" });
    expect(second.map((u) => u.email)).toEqual(["b@example.com"]);
    // The same SQL as Kysely's own, for the same values.
    const direct = await db
      .selectFrom("users")
      .select(["id"])
      .where((eb) => eb.or([eb("email", "=", "b@example.com"), eb("email", "=", "zz@example.com")]))
      .execute();
    expect(direct.map((u) => u.id)).toEqual(["u-b"]);
  });

  it("refuses a call that lacks a value rather than sending the placeholder", async () => {
    const db = ctx.current.deps.db.kysely;
    await expect(findUsers(db, { email: "a@example.com" } as never)).rejects.toThrow(/no value for other/);
  });
});
