import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import { AppError } from "./errors.js";

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[] } };
}

function describeIssue(context: string, issue: ValidationIssue): string {
  const path = issue.instancePath?.replace(/^\//, "").replaceAll("/", ".") ?? "";
  return `${path || context}: ${issue.message ?? "is invalid"}`;
}

function snake(code: string | undefined, fallback: string): string {
  if (!code) return fallback;
  return code.replace(/^FST_ERR_(CTP_)?/, "").toLowerCase();
}

/**
 * The router's own refusals (a malformed percent-encoding, a path parameter over
 * the length limit) bypass the error handler; Fastify's `frameworkErrors` option
 * routes them here so they keep the one error shape.
 */
export function sendFrameworkError(error: FastifyError, reply: FastifyReply): void {
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    void reply.code(status).send({ error: { code: snake(error.code, "bad_request"), message: error.message } });
    return;
  }
  reply.log.error({ err: error }, "unhandled router error");
  void reply.code(500).send({ error: { code: "internal_error", message: "Something went wrong on our side" } });
}

/** One JSON error shape for every failure; bad input never becomes a 5xx. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .code(error.statusCode)
        .headers(error.headers)
        .send({ error: { code: error.code, message: error.message }, ...error.extra });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? "body";
      const message = (error.validation as ValidationIssue[]).map((i) => describeIssue(context, i)).join("; ");
      return reply.code(400).send({ error: { code: "validation_failed", message } });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = error instanceof SyntaxError ? "invalid_json" : snake(error.code, "bad_request");
      return reply.code(status).send({ error: { code, message: error.message } });
    }
    if (isDatabaseUnavailable(error)) {
      // The database went away (restart, failover, dropped connection): the pool reconnects on its own.
      request.log.warn({ err: error }, "database unavailable");
      return reply
        .code(503)
        .header("retry-after", "1")
        .send({ error: { code: "database_unavailable", message: "The database is unavailable; try again shortly" } });
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.code(500).send({ error: { code: "internal_error", message: "Something went wrong on our side" } });
  });
}
