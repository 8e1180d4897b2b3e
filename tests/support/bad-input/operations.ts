import type { JsonSchema } from "./schema-values.js";

export interface Parameter {
  name: string;
  in: "path" | "query";
  required: boolean;
  schema: JsonSchema;
}

/** One documented route: what the fuzzer needs to aim requests at it. */
export interface Operation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** OpenAPI path, e.g. /api/v1/meetings/{id}. */
  path: string;
  params: Parameter[];
  /** The JSON body schema, or null when the route takes no body. */
  body: JsonSchema | null;
}

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: JsonSchema }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** Every operation of an OpenAPI document, so a new route is fuzzed as soon as it is documented. */
export function operationsOf(doc: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      out.push({
        method: method.toUpperCase() as Operation["method"],
        path,
        params: (op.parameters ?? [])
          .filter((p) => p.in === "path" || p.in === "query")
          .map((p) => ({
            name: p.name,
            in: p.in as Parameter["in"],
            required: p.required ?? p.in === "path",
            schema: p.schema ?? {},
          })),
        body: op.requestBody?.content?.["application/json"]?.schema ?? null,
      });
    }
  }
  return out;
}
