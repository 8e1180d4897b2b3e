import type { FastifyDynamicSwaggerOptions } from "@fastify/swagger";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import type { ZodType } from "zod";
import { errorResponseSchema } from "../../../shared/schemas/common.js";
import { declaredErrorAnswer, ERROR_COMPONENT, errorResponses, type OperationFacts } from "./error-responses.js";
import { operationExamples } from "./examples/index.js";

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type JsonSchema = Record<string, unknown>;

/** Operations anyone may call: no session, no token. */
const PUBLIC = new Set([
  "GET /",
  "GET /healthz",
  "GET /calendar/:file",
  "GET /api/v1/openapi.json",
  "GET /api/v1/instance",
  "POST /api/v1/auth/signup",
  "POST /api/v1/auth/login",
  "POST /api/v1/auth/logout",
  "GET /api/v1/invitations/:token",
  "POST /api/v1/invitations/:token/accept",
  "GET /api/v1/auth/sso/start",
  "GET /api/v1/auth/sso/callback",
  "GET /api/v1/auth/sso/pending-link",
  "POST /api/v1/auth/sso/confirm-link",
]);

/** Operations that count attempts and answer 429 with Retry-After. */
const RATE_LIMITED = new Set([
  "POST /api/v1/auth/signup",
  "POST /api/v1/auth/login",
  "POST /api/v1/auth/sso/confirm-link",
  "PUT /api/v1/me/password",
  "POST /api/v1/invitations/:token/accept",
]);

/** Examples that did not parse with their route's schema; they are left out of the document (the test lists them). */
export const exampleProblems: string[] = [];

/** Attaches `example` as the JSON schema's `examples`, which @fastify/swagger lifts to the media type, if it parses. */
function attachExample(key: string, part: string, zod: unknown, json: unknown, example: unknown): void {
  if (example === undefined || !json || typeof json !== "object" || !zod) return;
  const parsed = (zod as ZodType).safeParse(example);
  if (!parsed.success) {
    exampleProblems.push(`${key} ${part}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`)}`);
    return;
  }
  (json as JsonSchema).examples = [example];
}

function securityOf(key: string, sessionOnly: boolean) {
  if (PUBLIC.has(key)) return [];
  if (sessionOnly) return [{ session: [] }];
  return [{ session: [] }, { bearer: [] }];
}

/**
 * jsonSchemaTransform, then what zod cannot say: who may call the operation (security, the token
 * scope it needs), the error answers in the one error shape, and checked request and response examples.
 */
export function transformOperation(input: TransformInput) {
  const result = jsonSchemaTransform(input);
  const schema = result.schema as JsonSchema | undefined;
  if (!schema || schema.hide) return result;
  const method = String(input.route.method).toUpperCase();
  const key = `${method} ${input.url}`;
  const sessionOnly = input.route.config?.sessionOnly === true;
  const isPublic = PUBLIC.has(key);
  const declared = input.route.config?.tokenScope;
  const scope =
    isPublic || sessionOnly ? null : (declared ?? (method === "GET" || method === "HEAD" ? "read" : "write"));
  schema.security = securityOf(key, sessionOnly);
  if (scope) schema["x-token-scope"] = scope;
  const facts: OperationFacts = {
    hasInput: Boolean(schema.body || schema.querystring || schema.params),
    hasParams: Boolean(schema.params),
    isPublic,
    rateLimited: RATE_LIMITED.has(key),
    sessionOnly,
  };
  const response = (schema.response ?? {}) as Record<string, unknown>;
  const zodSchema = input.schema as { body?: unknown; response?: Record<string, unknown> } | undefined;
  for (const [code, answer] of Object.entries(response)) {
    if (zodSchema?.response?.[code] === errorResponseSchema) response[code] = declaredErrorAnswer(code);
    else if (code === "204") response[code] = { type: "null", description: "No content" };
    else if (code.startsWith("2") && answer && typeof answer === "object" && !("description" in answer)) {
      (answer as JsonSchema).description = code === "201" ? "Created" : "OK";
    }
  }
  for (const [code, errorSchema] of Object.entries(errorResponses(facts))) response[code] ??= errorSchema;
  schema.response = response;

  const examples = operationExamples[key];
  attachExample(key, "body", zodSchema?.body, schema.body, examples?.body);
  const success = Object.keys(zodSchema?.response ?? {}).find((code) => code.startsWith("2"));
  if (success) attachExample(key, success, zodSchema?.response?.[success], response[success], examples?.response);
  for (const [code, example] of Object.entries(examples?.answers ?? {})) {
    attachExample(key, code, zodSchema?.response?.[code], response[code], example);
  }
  return result;
}

type OpenApiObject = { paths?: Record<string, Record<string, { responses?: Record<string, unknown> }>> };

/** Every copy of the error shape becomes a reference to the one `Error` component (a much smaller document). */
function shareErrorSchema({ openapiObject }: { openapiObject: unknown }) {
  const document = openapiObject as OpenApiObject & { components?: { schemas?: Record<string, unknown> } };
  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      for (const answer of Object.values(operation.responses ?? {})) {
        const media = (answer as { content?: Record<string, { schema?: { title?: string } }> }).content?.[
          "application/json"
        ];
        if (media?.schema?.title === ERROR_COMPONENT.title)
          media.schema = { $ref: "#/components/schemas/Error" } as never;
      }
    }
  }
  const { title: _title, ...shape } = ERROR_COMPONENT;
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Error: shape } };
  return document;
}

/** The OpenAPI document's frame: what the API is, its tags and the two ways to authenticate. */
export const openapiOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    info: {
      title: "Rapport API",
      version: "1.0.0",
      description: [
        "1:1 meetings between a leader and each person on their team.",
        "",
        "Authenticate with the browser session cookie or `Authorization: Bearer <token>` (a personal API token",
        "made in Settings). A token's scopes decide what it may call: `read` for GET, `write` for everything",
        "else (`x-token-scope` on each operation); a few operations are session-only. Errors always look like",
        '`{"error":{"code":"snake_case","message":"…"}}`; a 400 that points at one input adds its dotted path as',
        '`"field"`. Guide with curl examples: docs/api.md.',
      ].join("\n"),
    },
    components: {
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "rapport_session",
          description: "Set by sign-up or sign-in. Writes must come from the app's own origin (Origin header).",
        },
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "A personal API token (`rpt_…`) with the `read` or `read write` scopes.",
        },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
    tags: [
      { name: "auth", description: "Accounts, sessions and the caller's profile" },
      { name: "tokens", description: "Personal API tokens (session only)" },
      { name: "people", description: "Members of a workspace" },
      { name: "invitations", description: "Inviting people into a workspace" },
      { name: "templates", description: "Meeting templates" },
      { name: "one-on-ones", description: "1:1 between a leader and a teammate" },
      { name: "meetings", description: "Meetings of a 1:1 and their lifecycle" },
      { name: "agenda", description: "Talking points" },
      { name: "notes", description: "Shared and private notes (optimistic concurrency)" },
      { name: "actions", description: "Next steps" },
      { name: "check-ins", description: "The teammate's mood and energy" },
      { name: "feedback", description: "Praise, improvement and upward feedback" },
      { name: "goals", description: "Development goals and their progress" },
      { name: "insights", description: "Cadence health, dashboards and metadata-only analytics" },
      { name: "search", description: "Full-text search over what the caller may see" },
      { name: "calendar", description: "The personal ICS feed" },
      { name: "notifications", description: "E-mail preferences and the e-mail log" },
      { name: "live", description: "The live meeting channel" },
      { name: "system", description: "Health and this document" },
    ],
  },
  transform: transformOperation,
  transformObject: shareErrorSchema as FastifyDynamicSwaggerOptions["transformObject"],
};
