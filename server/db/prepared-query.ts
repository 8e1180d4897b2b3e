import { type Compilable, type CompiledQuery, createQueryId, type InferResult, type Kysely } from "kysely";
import type { Database } from "./schema.js";

/** Stands in for a parameter while the query is compiled once; never reaches the database. */
const MARK = "\u0000rapport-param:";

type Slot = { name: string } | { value: unknown };

interface Template {
  compiled: CompiledQuery;
  slots: Slot[];
}

/**
 * A query Kysely builds and compiles once per database, then runs with new values.
 * Building, the camel-case transform and compiling cost about as much as SQLite
 * running a small indexed query (the meeting page ran 15), so hot queries skip them.
 * Parameters are values only: an `in` list needs a fixed length.
 */
export function preparedQuery<P extends Record<string, unknown>, Q extends Compilable<unknown>>(
  build: (db: Kysely<Database>, params: P) => Q,
): (db: Kysely<Database>, params: P) => Promise<Array<InferResult<Q>[number]>> {
  const templates = new WeakMap<Kysely<Database>, Template>();
  const names = new Proxy({} as P, { get: (_target, name) => `${MARK}${String(name)}` });
  const templateFor = (db: Kysely<Database>): Template => {
    let template = templates.get(db);
    if (!template) {
      const compiled = build(db, names).compile();
      const slots = compiled.parameters.map(
        (value): Slot =>
          typeof value === "string" && value.startsWith(MARK) ? { name: value.slice(MARK.length) } : { value },
      );
      template = { compiled, slots };
      templates.set(db, template);
    }
    return template;
  };
  return async (db, params) => {
    const { compiled, slots } = templateFor(db);
    const parameters = slots.map((slot) => {
      if ("value" in slot) return slot.value;
      if (!(slot.name in params)) throw new Error(`preparedQuery: no value for ${slot.name}`);
      return params[slot.name];
    });
    const result = await db.executeQuery({ ...compiled, parameters, queryId: createQueryId() });
    return result.rows as Array<InferResult<Q>[number]>;
  };
}
