import type { ErrorCode } from "../../shared/errors.js";

export type { ErrorCode };

/** An expected failure with an HTTP status and a stable snake_case code from shared/errors.ts. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    /** Extra top-level fields of the error body, e.g. the current note on a 409. */
    readonly extra: Record<string, unknown> = {},
    /** The failing input as a dotted path (`sections.0.title`); answered as `error.field`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** A refused input; `field` names the failing one as a dotted path, and the message does not repeat it. */
export const badRequest = (code: ErrorCode, message: string, field?: string) =>
  new AppError(400, code, message, {}, {}, field);
export const unauthorized = (message = "Sign in to continue") => new AppError(401, "unauthorized", message);
export const forbidden = (code: ErrorCode, message: string) => new AppError(403, code, message);
/** P5: anything missing or not visible answers the same 404. */
export const notFound = (what = "Resource") => new AppError(404, "not_found", `${what} not found`);
/**
 * For `.catch`: the 404 of a parent (the 1:1, the workspace) becomes the 404 of `what`;
 * anything else, a database outage say, passes through instead of posing as a 404.
 */
export const rethrowAsNotFound =
  (what: string) =>
  (error: unknown): never => {
    if (error instanceof AppError && error.statusCode === 404) throw notFound(what);
    throw error;
  };
export const conflict = (code: ErrorCode, message: string) => new AppError(409, code, message);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(429, "rate_limited", "Too many attempts; try again later", {
    "retry-after": String(retryAfterSeconds),
  });
/** Wrong e-mail and wrong password are indistinguishable (no account enumeration). */
export const invalidCredentials = () => new AppError(401, "invalid_credentials", "E-mail or password is incorrect");
