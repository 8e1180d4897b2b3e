/**
 * Why an SSO sign-in did not finish; the login page shows each in the user's language.
 * Kept apart from the zod schemas so the login page can use it without loading zod.
 */
export const SSO_ERROR_CODES = [
  "sso_not_configured",
  "sso_provider_unavailable",
  "sso_issuer_mismatch",
  "sso_state_invalid",
  "sso_denied",
  "sso_failed",
  "sso_email_unverified",
  "sso_wrong_domain",
  "sso_member_deactivated",
  "sso_not_member",
  "sso_domain_unverified",
  "rate_limited",
] as const;
export type SsoErrorCode = (typeof SSO_ERROR_CODES)[number];
