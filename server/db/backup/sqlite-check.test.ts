import { describe, expect, it } from "vitest";
import { knownMigrationNames } from "../migrator.js";
import { checkMigrationsCompatible } from "./sqlite-check.js";

describe("migration compatibility of a backup", () => {
  const known = knownMigrationNames();

  it("accepts the current version and an older one, whose missing migrations run at start", () => {
    expect(checkMigrationsCompatible(known, "it")).toEqual({ applied: known, pending: [] });
    expect(checkMigrationsCompatible(known.slice(0, 5), "it").pending).toEqual(known.slice(5));
  });

  it("refuses a newer version, a gap and a database that is not Rapport's", () => {
    expect(() => checkMigrationsCompatible([...known, "9999_next"], "it")).toThrow(/newer version/);
    expect(() => checkMigrationsCompatible([known[0] ?? "", known[2] ?? ""], "it")).toThrow(/gaps/);
    expect(() => checkMigrationsCompatible([], "it")).toThrow(/not a Rapport database/);
  });
});
