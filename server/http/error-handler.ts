import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type ErrorBody, type ErrorCode, isErrorCode } from "../../shared/errors.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import { AppError } from "./errors.js";

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[] } };
}

/** The issue's input as a dotted path (`sections.0.title`), or null for the whole body. */
function issueField(issue: ValidationIssue): string | null {
  const path = issue.instancePath?.replace(/^\//, "").replaceAll("/", ".") ?? "";
  return path || null;
}

/** The 400 of a schema refusal: each issue's message, and the first failing field as `field`. */
export function validationBody(context: string, issues: ValidationIssue[]): ErrorBody {
  const field = issues.map(issueField).find((f) => f !== null);
  const message = issues
    .map((issue) => {
      const text = issue.message ?? "is invalid";
      const path = issueField(issue);
      // A second failing field is still named, in the text: `field` holds only one.
      return path && path !== field ? `${path}: ${text}` : text;
    })
    .join("; ");
  return {
    error: {
      code: "validation_failed",
      message: field ? message : `${context}: ${message}`,
      ...(field ? { field } : {}),
    },
  };
}

/** Fastify's `FST_ERR_CTP_BODY_TOO_LARGE` -> `body_too_large`; a code not in shared/errors.ts -> the fallback. */
function snake(code: string | undefined, fallback: ErrorCode): ErrorCode {
  const name = code?.replace(/^FST_ERR_(CTP_)?/, "").toLowerCase() ?? "";
  return isErrorCode(name) ? name : fallback;
}

/** The one error body: `{ error: { code, message, field? } }` plus any extra top-level fields. */
function errorBody(code: ErrorCode, message: string, field?: string): ErrorBody {
  return { error: { code, message, ...(field ? { field } : {}) } };
}

/**
 * The router's own refusals (a malformed percent-encoding, a path parameter over
 * the length limit) bypass the error handler; Fastify's `frameworkErrors` option
 * routes them here so they keep the one error shape.
 */
export function sendFrameworkError(error: FastifyError, reply: FastifyReply): void {
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    void reply.code(status).send(errorBody(snake(error.code, "bad_request"), error.message));
    return;
  }
  reply.log.error({ err: error }, "unhandled router error");
  void reply.code(500).send(errorBody("internal_error", "Something went wrong on our side"));
}

/** One JSON error shape for every failure; bad input never becomes a 5xx. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .code(error.statusCode)
        .headers(error.headers)
        .send({ ...errorBody(error.code, error.message, error.field), ...error.extra });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply
        .code(400)
        .send(validationBody(error.validationContext ?? "body", error.validation as ValidationIssue[]));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = error instanceof SyntaxError ? "invalid_json" : snake(error.code, "bad_request");
      return reply.code(status).send(errorBody(code, error.message));
    }
    if (isDatabaseUnavailable(error)) {
      // The database went away (restart, failover, dropped connection): the pool reconnects on its own.
      request.log.warn({ err: error }, "database unavailable");
      return reply
        .code(503)
        .header("retry-after", "1")
        .send(errorBody("database_unavailable", "The database is unavailable; try again shortly"));
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.code(500).send(errorBody("internal_error", "Something went wrong on our side"));
  });
}
