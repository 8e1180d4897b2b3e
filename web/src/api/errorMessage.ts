import { type ErrorCode, isErrorCode } from "../../../shared/errors.js";
import type { MessageKey } from "../../../shared/i18n/en.js";
import type { Translate } from "../../../shared/i18n/translate.js";
import { ApiError } from "./client.js";

/**
 * A message for every code the server answers with (shared/errors.ts): a code added there
 * fails typecheck here until it has one, in every language (shared/i18n catalogs).
 */
export const MESSAGE_BY_CODE: Record<ErrorCode, MessageKey> = {
  account_awaiting_first_password: "errors.accountAwaitingFirstPassword",
  admin_required: "errors.adminRequired",
  already_member: "errors.alreadyMember",
  cross_site_request: "errors.crossSiteRequest",
  email_taken: "errors.emailTaken",
  example_required: "errors.exampleRequired",
  first_meeting_in_past: "errors.firstMeetingInPast",
  import_invalid: "errors.importInvalid",
  insufficient_scope: "errors.insufficientScope",
  invalid_credentials: "errors.invalidCredentials",
  invalid_cursor: "errors.invalidCursor",
  invalid_feedback_kind: "errors.invalidFeedbackKind",
  invalid_goal: "errors.invalidGoal",
  invalid_manager: "errors.invalidManager",
  invalid_meeting: "errors.invalidMeeting",
  invalid_owner: "errors.invalidOwner",
  invalid_participants: "errors.invalidParticipants",
  invalid_webhook_url: "errors.invalidWebhookUrl",
  invitation_invalid: "errors.invitationInvalid",
  last_owner: "errors.lastOwner",
  leader_required: "errors.leaderRequired",
  meeting_canceled: "errors.meetingCanceled",
  meeting_completed: "errors.meetingClosed",
  meeting_scheduled: "errors.meetingNotHeld",
  next_meeting_in_past: "errors.nextMeetingInPast",
  not_author: "errors.notAuthor",
  not_found: "errors.notFound",
  organization_required: "errors.organizationRequired",
  owner_required: "errors.ownerRequired",
  pair_exists: "errors.pairExists",
  rate_limited: "errors.rateLimited",
  reauthentication_required: "errors.reauthenticationRequired",
  reporting_cycle: "errors.reportingCycle",
  rotation_conflict: "errors.rotationConflict",
  session_required: "errors.sessionRequired",
  sso_domain_taken: "sso.error.sso_domain_taken",
  sso_domain_verification_failed: "sso.error.sso_domain_verification_failed",
  system_template: "errors.systemTemplate",
  teammate_only: "errors.teammateOnly",
  too_many_webhooks: "errors.tooManyWebhooks",
  unauthorized: "errors.signedOut",
  unknown_section: "errors.unknownSection",
  upgrade_required: "errors.upgradeRequired",
  validation_failed: "errors.validation",
  version_conflict: "errors.conflict",
  workspace_scoped_session: "errors.workspaceScopedSession",
  sso_not_configured: "sso.error.sso_not_configured",
  sso_provider_unavailable: "sso.error.sso_provider_unavailable",
  sso_issuer_mismatch: "sso.error.sso_issuer_mismatch",
  sso_state_invalid: "sso.error.sso_state_invalid",
  sso_denied: "sso.error.sso_denied",
  sso_failed: "sso.error.sso_failed",
  sso_email_unverified: "sso.error.sso_email_unverified",
  sso_wrong_domain: "sso.error.sso_wrong_domain",
  sso_member_deactivated: "sso.error.sso_member_deactivated",
  sso_not_member: "sso.error.sso_not_member",
  sso_domain_unverified: "sso.error.sso_domain_unverified",
  database_unavailable: "errors.databaseUnavailable",
  internal_error: "errors.generic",
  shutting_down: "errors.restarting",
  bad_request: "errors.badRequest",
  bad_url: "errors.badRequest",
  body_too_large: "errors.tooLarge",
  empty_json_body: "errors.badRequest",
  invalid_content_length: "errors.badRequest",
  invalid_json: "errors.badRequest",
  invalid_json_body: "errors.badRequest",
  invalid_media_type: "errors.badRequest",
  invalid_url: "errors.badRequest",
  max_param_length: "errors.badRequest",
  meeting_not_started: "errors.meetingNotStarted",
  not_their_manager: "errors.notTheirManager",
  start_too_early: "errors.startTooEarly",
  complete_too_early: "errors.completeTooEarly",
  meeting_has_records: "errors.meetingHasRecords",
};

/** For answers without a code of the list (a proxy's error page, say). */
const BY_STATUS: Record<number, MessageKey> = {
  401: "errors.signedOut",
  403: "errors.forbidden",
  404: "errors.notFound",
  409: "errors.conflict",
};

const FIELD_KEYS: Record<string, MessageKey> = {
  email: "fields.email",
  password: "fields.password",
  newPassword: "fields.newPassword",
  currentPassword: "fields.currentPassword",
  name: "fields.name",
  organizationName: "fields.organizationName",
  timezone: "fields.timezone",
  locale: "fields.language",
  role: "fields.role",
  managerId: "fields.manager",
  teammateId: "fields.teammate",
  leaderId: "fields.leader",
  kind: "fields.kind",
  cadence: "fields.cadence",
  firstMeetingAt: "fields.date",
  nextMeetingAt: "fields.date",
  scheduledAt: "fields.date",
  durationMinutes: "fields.duration",
  templateId: "fields.template",
  reason: "fields.reason",
  title: "fields.title",
  ownerId: "fields.owner",
  dueDate: "fields.dueDate",
  sectionKey: "fields.section",
  body: "fields.body",
  issuerUrl: "sso.settings.issuer",
  clientId: "sso.settings.clientId",
  clientSecret: "sso.settings.clientSecret",
  emailDomain: "sso.settings.domain",
};

/** The top-level input a 400 points at (`sections.0.title` -> `sections`), from the answer's `field`. */
function topField(error: ApiError): string | null {
  if (error.status !== 400 || !error.field) return null;
  return error.field.split(".")[0] ?? null;
}

/** Turns any thrown value into a sentence the user can act on, in their language. */
export function errorMessage(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t("errors.generic");
  if (error.status === 429 && error.retryAfterSeconds) {
    return t("errors.rateLimitedFor", { seconds: error.retryAfterSeconds });
  }
  if (error.code === "validation_failed") {
    const fieldKey = FIELD_KEYS[topField(error) ?? ""];
    return fieldKey ? t("errors.invalidField", { field: t(fieldKey) }) : t("errors.validation");
  }
  if (isErrorCode(error.code)) return t(MESSAGE_BY_CODE[error.code]);
  if (error.code === "network_error") return t("errors.network");
  if (error.status === 429) return t("errors.rateLimited");
  if (error.status === 400) return t("errors.validation");
  const byStatus = BY_STATUS[error.status];
  return byStatus ? t(byStatus) : t("errors.generic");
}

/** The form field a 400 error points at, when the server named one the forms know. */
export function errorField(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const field = topField(error);
  return field && field in FIELD_KEYS ? field : null;
}
