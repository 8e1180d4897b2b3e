/**
 * Every error code the API answers with, in `{ error: { code, message, field? } }`.
 * The server can only throw a listed code (AppError takes an `ErrorCode`), and the web
 * keeps a message for each one (web/src/api/errorMessage.ts), so adding a code here is
 * the one step that makes both sides say something about it.
 * Kept free of zod so the web's main bundle can import it.
 */
import { SSO_ERROR_CODES } from "./sso-errors.js";

/** Refusals of the application itself: rules, permissions, conflicts. */
export const DOMAIN_ERROR_CODES = [
  "account_awaiting_first_password",
  "admin_required",
  "already_member",
  "cross_site_request",
  "email_taken",
  "example_required",
  "first_meeting_in_past",
  "import_invalid",
  "insufficient_scope",
  "invalid_credentials",
  "invalid_cursor",
  "invalid_feedback_kind",
  "invalid_goal",
  "invalid_manager",
  "invalid_meeting",
  "invalid_owner",
  "invalid_participants",
  "invalid_webhook_url",
  "invitation_invalid",
  "last_owner",
  "leader_required",
  "meeting_canceled",
  "meeting_completed",
  "meeting_scheduled",
  "next_meeting_in_past",
  "not_author",
  "not_found",
  "organization_required",
  "owner_required",
  "pair_exists",
  "rate_limited",
  "reauthentication_required",
  "reporting_cycle",
  "rotation_conflict",
  "session_required",
  "sso_domain_taken",
  "sso_domain_verification_failed",
  "system_template",
  "teammate_only",
  "too_many_webhooks",
  "unauthorized",
  "unknown_section",
  "upgrade_required",
  "validation_failed",
  "version_conflict",
  "workspace_scoped_session",
  "meeting_not_started",
  "not_their_manager",
  "start_too_early",
  "complete_too_early",
  "meeting_has_records",
] as const;

/** The server's own state: outages, restarts, bugs. */
export const SERVER_ERROR_CODES = ["database_unavailable", "internal_error", "shutting_down"] as const;

/**
 * Fastify's refusals of a malformed request, named after its `FST_ERR_*` code
 * (`FST_ERR_CTP_BODY_TOO_LARGE` -> `body_too_large`); any other becomes `bad_request`.
 */
export const FRAMEWORK_ERROR_CODES = [
  "bad_request",
  "bad_url",
  "body_too_large",
  "empty_json_body",
  "invalid_content_length",
  "invalid_json",
  "invalid_json_body",
  "invalid_media_type",
  "invalid_url",
  "max_param_length",
] as const;

export const ERROR_CODES = [
  ...DOMAIN_ERROR_CODES,
  ...SSO_ERROR_CODES.filter((code) => code !== "rate_limited"),
  ...SERVER_ERROR_CODES,
  ...FRAMEWORK_ERROR_CODES,
] as const;

/** A code the API may answer with. */
export type ErrorCode =
  | (typeof DOMAIN_ERROR_CODES)[number]
  | (typeof SSO_ERROR_CODES)[number]
  | (typeof SERVER_ERROR_CODES)[number]
  | (typeof FRAMEWORK_ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

/** Narrows a string (e.g. read from a response) to a listed code. */
export function isErrorCode(code: string): code is ErrorCode {
  return KNOWN.has(code);
}

/** The body of every error answer. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** The failing input as a dotted path (`sections.0.title`), on a 400 that points at one. */
    field?: string;
  };
}
