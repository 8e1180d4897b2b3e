import { ERROR_CODES, type ErrorCode } from "../../../shared/errors.js";

/** What decides which error answers an operation documents. */
export interface OperationFacts {
  hasInput: boolean;
  hasParams: boolean;
  isPublic: boolean;
  rateLimited: boolean;
  sessionOnly: boolean;
}

/** The one error shape; `transformObject` replaces its copies with a reference to this component. */
export const ERROR_COMPONENT = {
  title: "Error",
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: [...ERROR_CODES], description: "Stable snake_case code (shared/errors.ts)" },
        message: { type: "string", description: "Human-readable, in English" },
        field: {
          type: "string",
          description: "On a 400 that points at one input: its dotted path (`sections.0.title`); absent otherwise",
        },
      },
    },
  },
} as const;

/** An error answer: the shape, with its own description and example. */
function errorSchema(description: string, code: ErrorCode, message: string, field?: string) {
  const example = { error: { code, message, ...(field ? { field } : {}) } };
  return { ...structuredClone(ERROR_COMPONENT), description, examples: [example] };
}

/** A route's own error answer declared with the shared `errorResponseSchema`, documented with an example. */
export function declaredErrorAnswer(code: string): unknown {
  if (code === "426") {
    return errorSchema("Not a WebSocket upgrade", "upgrade_required", "Open this address as a WebSocket");
  }
  if (code === "403")
    return errorSchema("Refused (e.g. a cross-site request)", "cross_site_request", "Cross-site request refused");
  if (code === "404") return errorSchema("Not found, or not visible to the caller", "not_found", "Meeting not found");
  return errorSchema("Refused", "bad_request", "The request cannot be served");
}

/** The error answers an operation can give, by status code. */
export function errorResponses(facts: OperationFacts): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  if (facts.hasInput) {
    responses["400"] = errorSchema(
      "Invalid input (`validation_failed`, with the failing field's path as `field`)",
      "validation_failed",
      "Too small: expected string to have >=1 characters",
      "title",
    );
  }
  if (!facts.isPublic) {
    responses["401"] = errorSchema(
      "Not signed in, or the token is invalid or revoked",
      "unauthorized",
      "Sign in to continue",
    );
    responses["403"] = facts.sessionOnly
      ? errorSchema(
          "API tokens cannot call this (`session_required`), or a cross-site cookie request",
          "session_required",
          "This needs a signed-in session; API tokens cannot do it",
        )
      : errorSchema(
          "The token lacks the scope (`insufficient_scope`), the caller lacks the role, or a cross-site cookie request",
          "insufficient_scope",
          'This token lacks the "write" scope',
        );
  }
  if (facts.hasParams) {
    responses["404"] = errorSchema(
      "Not found, or not visible to the caller (the same answer)",
      "not_found",
      "Meeting not found",
    );
  }
  if (facts.rateLimited) {
    responses["429"] = errorSchema(
      "Too many attempts; see Retry-After",
      "rate_limited",
      "Too many attempts; try again later",
    );
  }
  return responses;
}
