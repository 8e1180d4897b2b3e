import fc from "fast-check";
import { absurdNumber, hostileString, nonString } from "./hostile-values.js";

/** The parts of an OpenAPI (JSON Schema) schema the generators read. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  nullable?: boolean;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
}

/** Real values for fields the schema cannot describe (ids that exist, a known time zone). */
export interface ValuePools {
  ids: string[];
}

const isIdField = (name: string) => name === "id" || /Id$/.test(name);
const enumOf = (s: JsonSchema): unknown[] | undefined =>
  s.enum ?? (s.anyOf?.every((a) => a.enum) ? s.anyOf.flatMap((a) => a.enum ?? []) : undefined);

function fitLength(value: string, s: JsonSchema): string {
  let v = value;
  if (s.maxLength !== undefined && v.length > s.maxLength) v = v.slice(0, s.maxLength);
  if (s.minLength !== undefined && v.length < s.minLength) v = v.padEnd(s.minLength, "x");
  return v;
}

function plausibleString(s: JsonSchema, name: string, pools: ValuePools): fc.Arbitrary<string> {
  const values = enumOf(s);
  if (values) return fc.constantFrom(...(values as string[]));
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    // fast-check cannot generate from lookaheads: generate without them, keep what the whole pattern accepts.
    const generator = new RegExp(s.pattern.replace(/\(\?[=!][^()]*\)/g, ""));
    return fc
      .stringMatching(generator, { maxLength: Math.min(s.maxLength ?? 40, 40) })
      .filter((v) => re.test(v))
      .filter((v) => v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? Number.POSITIVE_INFINITY));
  }
  if (isIdField(name))
    return fc.oneof(
      fc.constantFrom(...pools.ids),
      hostileString.map((v) => fitLength(v, s)),
    );
  if (name === "timezone")
    return fc.constantFrom("UTC", "America/Sao_Paulo", "Asia/Kathmandu", "Etc/GMT+12", "Mars/Olympus");
  return hostileString.map((v) => fitLength(v, s));
}

/** A value the schema accepts (or nearly: refinements it cannot express may still refuse it), full of hostile text. */
export function plausibleValue(s: JsonSchema, pools: ValuePools, name = ""): fc.Arbitrary<unknown> {
  const value = plausibleNonNull(s, pools, name);
  return s.nullable ? fc.oneof({ arbitrary: value, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }) : value;
}

function plausibleNonNull(s: JsonSchema, pools: ValuePools, name: string): fc.Arbitrary<unknown> {
  const values = enumOf(s);
  if (values && s.type !== "string") return fc.constantFrom(...values);
  switch (s.type) {
    case "string":
      return plausibleString(s, name, pools);
    case "integer":
    case "number":
      return fc.integer({ min: s.minimum ?? -1000, max: Math.min(s.maximum ?? 1000, 2 ** 31) });
    case "boolean":
      return fc.boolean();
    case "array": {
      const items = s.items ?? {};
      const max = Math.min(s.maxItems ?? 3, Math.max(s.minItems ?? 0, 3));
      return fc.array(plausibleValue(items, pools, name), { minLength: s.minItems ?? 0, maxLength: max });
    }
    case "object":
      return plausibleObject(s, pools);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function plausibleObject(s: JsonSchema, pools: ValuePools): fc.Arbitrary<Record<string, unknown>> {
  const props = s.properties ?? {};
  const required = new Set(s.required ?? []);
  const entries = Object.entries(props).map(([key, sub]) => {
    const value = plausibleValue(sub, pools, key);
    return [key, required.has(key) ? value : fc.option(value, { nil: undefined, freq: 2 })] as const;
  });
  return fc
    .record(Object.fromEntries(entries))
    .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
}

/** A string the schema refuses: too long, too short, off-pattern or not in the enum. */
function invalidString(s: JsonSchema): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [nonString.filter((v) => v !== null || !s.nullable)];
  if (s.maxLength !== undefined) {
    const max = s.maxLength;
    // Filled with "x" so that trimming cannot bring it back under the limit.
    options.push(hostileString.map((v) => `${v.trim()}${"x".repeat(max + 1)}`));
  }
  if (s.minLength !== undefined && s.minLength > 0) options.push(fc.constant(""));
  const values = enumOf(s);
  if (values) options.push(hostileString.filter((v) => !values.includes(v.trim())));
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    options.push(hostileString.filter((v) => v.trim() === v && !re.test(v)));
  }
  return fc.oneof(...options);
}

/** A value the schema certainly refuses. */
export function invalidValue(s: JsonSchema, pools: ValuePools): fc.Arbitrary<unknown> {
  const notNull = <T>(a: fc.Arbitrary<T>) => (s.nullable ? a.filter((v) => v !== null) : a);
  const values = enumOf(s);
  if (values && s.type !== "string") {
    return fc.oneof(
      absurdNumber,
      fc.integer().filter((v) => !values.includes(v)),
      notNull(nonString),
    );
  }
  switch (s.type) {
    case "string":
      return invalidString(s);
    case "integer":
    case "number": {
      const out: fc.Arbitrary<unknown>[] = [absurdNumber, hostileString, notNull(fc.constantFrom(null, true, [], {}))];
      if (s.minimum !== undefined) out.push(fc.constant(s.minimum - 1));
      if (s.maximum !== undefined && s.maximum < 2 ** 53) out.push(fc.constant(s.maximum + 1));
      return fc.oneof(...out);
    }
    case "boolean":
      return notNull(fc.constantFrom("true", "false", 1, 0, "yes", null, [], {}));
    case "array": {
      const out: fc.Arbitrary<unknown>[] = [notNull(fc.oneof(hostileString, fc.integer(), fc.constant({})))];
      if (s.minItems) out.push(fc.constant([]));
      if (s.maxItems !== undefined) {
        out.push(
          fc.array(plausibleValue(s.items ?? {}, pools), { minLength: s.maxItems + 1, maxLength: s.maxItems + 2 }),
        );
      }
      if (s.items) out.push(invalidValue(s.items, pools).map((bad) => [bad]));
      return fc.oneof(...out);
    }
    case "object":
      return invalidObject(s, pools);
    default:
      return fc.constant(undefined);
  }
}

/** A plausible object with exactly one thing wrong: a bad property, a missing required one, or not an object at all. */
export function invalidObject(s: JsonSchema, pools: ValuePools): fc.Arbitrary<unknown> {
  const props = Object.entries(s.properties ?? {});
  const options: fc.Arbitrary<unknown>[] = [
    fc.oneof(hostileString, fc.integer(), fc.boolean(), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 2 })),
  ];
  if (!s.nullable) options.push(fc.constant(null));
  for (const [key, sub] of props) {
    const bad = invalidValue(sub, pools);
    options.push(fc.tuple(plausibleObject(s, pools), bad).map(([o, b]) => ({ ...o, [key]: b })));
  }
  for (const key of s.required ?? []) {
    options.push(
      plausibleObject(s, pools).map((o) => {
        const { [key]: _dropped, ...rest } = o;
        return rest;
      }),
    );
  }
  return fc.oneof(...options);
}
