import type { MessageKey } from "../../../shared/i18n/en.js";
import type { Translate } from "../../../shared/i18n/translate.js";
import { ApiError } from "./client.js";

const BY_CODE: Record<string, MessageKey> = {
  invalid_credentials: "errors.invalidCredentials",
  email_taken: "errors.emailTaken",
  last_owner: "errors.lastOwner",
  reporting_cycle: "errors.reportingCycle",
  invitation_invalid: "errors.invitationInvalid",
  already_member: "errors.alreadyMember",
  account_awaiting_first_password: "errors.accountAwaitingFirstPassword",
  owner_required: "errors.ownerRequired",
  admin_required: "errors.adminRequired",
  invalid_manager: "errors.invalidManager",
  network_error: "errors.network",
  pair_exists: "errors.pairExists",
  first_meeting_in_past: "errors.firstMeetingInPast",
  next_meeting_in_past: "errors.nextMeetingInPast",
  invalid_participants: "errors.invalidParticipants",
  leader_required: "errors.leaderRequired",
  not_author: "errors.notAuthor",
  meeting_completed: "errors.meetingClosed",
  meeting_canceled: "errors.meetingCanceled",
  invalid_owner: "errors.invalidOwner",
  system_template: "errors.systemTemplate",
  unknown_section: "errors.unknownSection",
  organization_required: "errors.organizationRequired",
  version_conflict: "errors.conflict",
  teammate_only: "errors.teammateOnly",
  example_required: "errors.exampleRequired",
  invalid_feedback_kind: "errors.invalidFeedbackKind",
  invalid_goal: "errors.invalidGoal",
  sso_domain_taken: "sso.error.sso_domain_taken",
  sso_domain_verification_failed: "sso.error.sso_domain_verification_failed",
};

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

/** Turns any thrown value into a sentence the user can act on, in their language. */
export function errorMessage(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t("errors.generic");
  const byCode = BY_CODE[error.code];
  if (byCode) return t(byCode);
  if (error.status === 429) {
    return error.retryAfterSeconds
      ? t("errors.rateLimitedFor", { seconds: error.retryAfterSeconds })
      : t("errors.rateLimited");
  }
  if (error.status === 400) {
    const field = error.message.split(":")[0]?.split(".")[0]?.trim() ?? "";
    const fieldKey = FIELD_KEYS[field];
    return fieldKey ? t("errors.invalidField", { field: t(fieldKey) }) : t("errors.validation");
  }
  const byStatus = BY_STATUS[error.status];
  return byStatus ? t(byStatus) : t("errors.generic");
}

/** The field a 400 error points at, when the server named one. */
export function errorField(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const field = error.message.split(":")[0]?.split(".")[0]?.trim();
  return field && field in FIELD_KEYS ? field : null;
}
