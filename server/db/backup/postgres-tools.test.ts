import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findPostgresTool, libpqConnection, redactConnectionString } from "./postgres-tools.js";

describe("PostgreSQL client programs", () => {
  it("finds pg_dump on PATH first", () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-path-"));
    try {
      writeFileSync(join(dir, "pg_dump"), "#!/bin/sh\n");
      chmodSync(join(dir, "pg_dump"), 0o755);
      expect(findPostgresTool("pg_dump", `/nonexistent:${dir}`)).toBe(join(dir, "pg_dump"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps the password out of the command line and out of messages", () => {
    const url = "postgres://rapport:p%40ss@db.example:5432/rapport?sslmode=require";
    expect(libpqConnection(url)).toEqual({
      dbname: "postgres://rapport@db.example:5432/rapport?sslmode=require",
      env: { PGPASSWORD: "p@ss" },
    });
    expect(redactConnectionString(url)).toBe("postgres://rapport:****@db.example:5432/rapport?sslmode=require");
    expect(libpqConnection("postgres://localhost/rapport")).toEqual({
      dbname: "postgres://localhost/rapport",
      env: {},
    });
  });
});
