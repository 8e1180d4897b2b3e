import type { FastifyInstance } from "fastify";
import { badRequest } from "./errors.js";

/** The path of the first string (or key) in `value` holding U+0000, or null; iterative, so deep nesting is safe. */
export function findNul(value: unknown): string | null {
  const stack: Array<[unknown, string]> = [[value, ""]];
  while (stack.length > 0) {
    const [current, path] = stack.pop() as [unknown, string];
    if (typeof current === "string") {
      if (current.includes("\u0000")) return path;
    } else if (current !== null && typeof current === "object") {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        if (key.includes("\u0000")) return childPath;
        stack.push([child, childPath]);
      }
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000 (SQLite can), so a NUL anywhere in the
 * parameters, query or body is refused up front: the same 400 on both engines,
 * instead of a failed query (a 500) on one of them.
 */
export function registerNulCheck(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const parts: Array<[string, unknown]> = [
      ["params", request.params],
      ["querystring", request.query],
      ["body", request.body],
    ];
    for (const [context, value] of parts) {
      const path = findNul(value);
      if (path !== null)
        throw path
          ? badRequest("validation_failed", "must not contain the NUL character", path)
          : badRequest("validation_failed", `${context}: must not contain the NUL character`);
    }
  });
}
