import { createHash } from "node:crypto";
import pg from "pg";

/** Statements one connection keeps prepared; past this, new shapes run unnamed (PostgreSQL has no eviction). */
const MAX_NAMED_PER_CONNECTION = 500;
/** Statement names by SQL text, shared by all connections. */
const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `r${createHash("sha1").update(text).digest("hex")}`;
    if (names.size >= 5_000) names.clear();
    names.set(text, name);
  }
  return name;
}

/**
 * A pg client that runs parameterised queries as named prepared statements:
 * PostgreSQL parses and plans each statement once per connection instead of on
 * every call. Kysely sends the same SQL text for every call of a query, so each
 * gets a stable name from a hash of its text.
 */
export class NamedStatementClient extends pg.Client {
  readonly #prepared = new Set<string>();

  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === "string" && Array.isArray(values) && values.length > 0 && callback === undefined) {
      const name = nameOf(config);
      if (this.#prepared.has(name) || this.#prepared.size < MAX_NAMED_PER_CONNECTION) {
        this.#prepared.add(name);
        return super.query({ name, text: config, values });
      }
    }
    return super.query(config, values, callback);
  }
}
