import fc from "fast-check";
import { encodeSegment, hostileString, malformedSegment, toJsonText, XSS_SAMPLES } from "./hostile-values.js";
import type { Operation, Parameter } from "./operations.js";
import { invalidObject, type JsonSchema, plausibleValue } from "./schema-values.js";

/** Real ids a path parameter can take, found by its name or by the collection segment before it. */
export interface IdPools {
  byName: Record<string, string[]>;
  byCollection: Record<string, string[]>;
  all: string[];
}

/** A request with no caller yet, and whether its input alone must make the server refuse it. */
export interface DraftRequest {
  /** Which kind of bad input it carries, for the report. */
  kind: string;
  method: Operation["method"];
  url: string;
  contentType?: string;
  payload?: string;
  mustReject: boolean;
}

export const BODY_LIMIT = 1024 * 1024;

const NOT_JSON_TYPES = [
  "text/plain",
  "text/html",
  "application/xml",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=----rapport",
  "application/octet-stream",
  "image/svg+xml",
  "application/javascript",
  "application/json-patch+json",
  "application/jsonx",
  "text/json",
  "json",
  ";;;",
];

const MALFORMED_JSON = [
  "{",
  "}",
  '{"a":1,}',
  "{'a':1}",
  "{a:1}",
  '{"a":NaN}',
  '{"a":undefined}',
  '{"a":"\\x41"}',
  '{"a":"unterminated',
  '{"a":1} trailing',
  "// comment\n{}",
  "[1,2",
  "nul",
  "\u0000",
  "\uFEFF\uFEFF{}",
  '{"a":1}{"b":2}',
];

const POISONED_JSON = [
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '{"a":{"__proto__":{"polluted":1}}}',
  '{"\\u005f\\u005fproto__":{"polluted":1}}',
  '[{"__proto__":{"polluted":1}}]',
];

/** JSON of the wrong shape for any object body; deep nesting included. */
const WRONG_SHAPE_JSON = fc.oneof(
  fc.constantFrom("[]", "null", "0", "-1", "1e400", '"text"', "true", `"${XSS_SAMPLES[0]}"`),
  fc.integer({ min: 1000, max: 50_000 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
);

const collectionBefore = (path: string, name: string) => {
  const segments = path.split("/");
  const i = segments.indexOf(`{${name}}`);
  return segments[i - 1] ?? "";
};

const idsFor = (op: Operation, p: Parameter, pools: IdPools) =>
  pools.byName[p.name] ?? pools.byCollection[collectionBefore(op.path, p.name)] ?? pools.all;

function realId(op: Operation, p: Parameter, pools: IdPools): fc.Arbitrary<string> {
  return fc.constantFrom(...idsFor(op, p, pools)).map(encodeSegment);
}

/** The operation's path with the first real id for each parameter: a request that should just work. */
export function realPath(op: Operation, pools: IdPools): string {
  let path = op.path;
  for (const p of op.params.filter((q) => q.in === "path")) {
    path = path.replace(`{${p.name}}`, encodeSegment(idsFor(op, p, pools)[0] ?? "x"));
  }
  return path;
}

const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileString.filter((v) => v.length > 0).map(encodeSegment), weight: 6 },
  { arbitrary: fc.integer({ min: 65, max: 400 }).map((n) => encodeSegment("9".repeat(n))), weight: 1 },
  { arbitrary: malformedSegment, weight: 2 },
);

/** The URL path: real ids, or (with `hostile`) one parameter replaced by junk, which no resource matches. */
function pathArb(op: Operation, pools: IdPools): fc.Arbitrary<{ path: string; hostile: boolean }> {
  const pathParams = op.params.filter((p) => p.in === "path");
  if (pathParams.length === 0) return fc.constant({ path: op.path, hostile: false });
  const real = fc.tuple(...pathParams.map((p) => realId(op, p, pools)));
  return fc
    .tuple(
      real,
      fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.nat(pathParams.length - 1), weight: 1 }),
      hostileSegment,
    )
    .map(([values, spoil, junk]) => {
      let path = op.path;
      pathParams.forEach((p, i) => {
        path = path.replace(`{${p.name}}`, spoil === i ? junk : (values[i] as string));
      });
      return { path, hostile: spoil !== null };
    });
}

/** Whether a query value is one the schema refuses, as zod sees it (numbers are coerced from the text). */
function queryRefuses(s: JsonSchema, raw: string | string[]): boolean {
  if (Array.isArray(raw)) return true;
  if (s.type === "integer" || s.type === "number") {
    const n = Number(raw);
    return !Number.isInteger(n) || n < (s.minimum ?? -Infinity) || n > (s.maximum ?? Infinity);
  }
  if (s.enum) return !s.enum.includes(raw);
  return raw.length < (s.minLength ?? 0) || raw.length > (s.maxLength ?? Infinity);
}

const queryValue = (s: JsonSchema): fc.Arbitrary<string | string[]> =>
  fc.oneof(
    { arbitrary: hostileString, weight: 5 },
    { arbitrary: fc.integer({ min: 201, max: 2000 }).map((n) => "q".repeat(n)), weight: 1 },
    { arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 3 }), weight: 1 },
    { arbitrary: fc.constantFrom(...((s.enum as string[] | undefined) ?? ["1", "20"])), weight: 2 },
  );

/** The query string: each parameter present or not, with hostile values; unknown and poisoned keys as noise. */
function queryArb(op: Operation): fc.Arbitrary<{ query: string; refused: boolean }> {
  const qp = op.params.filter((p) => p.in === "query");
  const noise = fc.option(fc.constantFrom("__proto__[admin]=1", "constructor[prototype][x]=1", "a[]=1&a[]=2"), {
    freq: 4,
  });
  const values = qp.map((p) => (p.required ? queryValue(p.schema) : fc.option(queryValue(p.schema), { freq: 2 })));
  return fc.tuple(noise, ...values).map(([extra, ...vals]) => {
    const pairs: string[] = [];
    let refused = false;
    qp.forEach((p, i) => {
      const v = vals[i] as string | string[] | null;
      if (v === null) return;
      refused ||= queryRefuses(p.schema, v);
      for (const one of Array.isArray(v) ? v : [v]) pairs.push(`${encodeSegment(p.name)}=${encodeSegment(one)}`);
    });
    if (extra) pairs.push(extra);
    return { query: pairs.length ? `?${pairs.join("&")}` : "", refused };
  });
}

type BodyPart = Pick<DraftRequest, "kind" | "contentType" | "payload"> & { refused: boolean };

/** The body: plausible but hostile, one field wrong, wrong shape, malformed, poisoned, empty, oversized or not JSON. */
function bodyArb(op: Operation, ids: string[]): fc.Arbitrary<BodyPart> {
  const json = "application/json";
  const hasSchema = op.body !== null;
  const plausible = hasSchema ? plausibleValue(op.body as JsonSchema, { ids }) : fc.jsonValue({ maxDepth: 2 });
  const options: Array<fc.WeightedArbitrary<BodyPart>> = [
    {
      weight: 5,
      arbitrary: plausible.map((v) => ({
        kind: "hostile-text",
        contentType: json,
        payload: toJsonText(v),
        refused: false,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...NOT_JSON_TYPES), plausible).map(([contentType, v]) => ({
        kind: "not-json",
        contentType,
        payload: toJsonText(v),
        refused: true,
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          fc.constantFrom(...MALFORMED_JSON),
          plausible.map((v) => toJsonText(v).slice(0, -1)),
        )
        // Cutting the last character off a number ("-6.8035e-9" -> "-6.8035e-") can still leave valid JSON.
        .filter(isNotJson)
        .map((payload) => ({ kind: "malformed-json", contentType: json, payload, refused: true })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...POISONED_JSON)
        .map((payload) => ({ kind: "poisoned-json", contentType: json, payload, refused: true })),
    },
    {
      weight: 1,
      arbitrary: WRONG_SHAPE_JSON.map((payload) => ({
        kind: "wrong-shape",
        contentType: json,
        payload,
        refused: hasSchema,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<BodyPart>(
        { kind: "empty-json", contentType: json, payload: "", refused: true },
        { kind: "no-body", refused: hasSchema },
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(json, "text/plain").map((contentType) => ({
        kind: "oversized",
        contentType,
        payload: `{"body":"${"x".repeat(BODY_LIMIT)}"}`,
        refused: true,
      })),
    },
  ];
  if (hasSchema) {
    options.push({
      weight: 6,
      arbitrary: invalidObject(op.body as JsonSchema, { ids }).map((v) => ({
        kind: "wrong-field",
        contentType: json,
        payload: toJsonText(v),
        refused: true,
      })),
    });
  }
  return fc.oneof(...options);
}

/** Requests aimed at one operation, each with at least one hostile part. */
export function draftRequests(op: Operation, pools: IdPools): fc.Arbitrary<DraftRequest> {
  const body: fc.Arbitrary<BodyPart> =
    op.method === "GET" ? fc.constant({ kind: "query", refused: false }) : bodyArb(op, pools.all);
  return fc.tuple(pathArb(op, pools), queryArb(op), body).map(([path, query, b]) => ({
    kind: path.hostile ? `bad-path+${b.kind}` : b.kind,
    method: op.method,
    url: `${path.path}${query.query}`,
    contentType: b.contentType,
    payload: b.payload,
    mustReject: path.hostile || query.refused || b.refused,
  }));
}

/** True when the text does not parse as JSON: what a "malformed" body must be. */
function isNotJson(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}
