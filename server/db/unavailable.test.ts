import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable.js";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")],
    ["a terminated backend", withCode("terminating connection due to administrator command", "57P01")],
    ["a server starting up", withCode("the database system is starting up", "57P03")],
    ["a connection exception", withCode("connection failure", "08006")],
    ["a connection that died", new Error("Connection terminated unexpectedly")],
    ["a client after its connection died", new Error("Client has encountered a connection error and is not queryable")],
    ["a full pool", new Error("timeout exceeded when trying to connect")],
    ["SQLite locked past its busy timeout", withCode("database is locked", "SQLITE_BUSY")],
    ["every address refused", new AggregateError([withCode("refused", "ECONNREFUSED")], "")],
  ])("is true for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", withCode("duplicate key value violates unique constraint", "23505")],
    ["a SQLite constraint", withCode("UNIQUE constraint failed", "SQLITE_CONSTRAINT_UNIQUE")],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["a non-error", "ECONNREFUSED"],
  ])("is false for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
