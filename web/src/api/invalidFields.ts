import type { ZodType } from "zod";

/**
 * The top-level fields that a route's own zod schema (shared/schemas) refuses in `value`:
 * forms check exactly what the server will. Only the lazily loaded pages import this, so
 * zod stays out of the first page's bundle.
 */
export function invalidFields(schema: ZodType, value: unknown): ReadonlySet<string> {
  const result = schema.safeParse(value);
  if (result.success) return new Set();
  return new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "")));
}
