import type { User } from "../../../shared/schemas/auth.js";
import type { PutSsoConfigBody, SsoPendingLinkResponse, SsoSettingsResponse } from "../../../shared/schemas/sso.js";
import { request } from "./client.js";

/** The workspace's SSO settings and the redirect URI to register (admins). */
export const getSsoSettings = (orgId: string) => request<SsoSettingsResponse>("GET", `/api/v1/orgs/${orgId}/sso`);

/** Creates or changes the workspace's SSO settings (admins). */
export const putSsoSettings = (orgId: string, body: PutSsoConfigBody) =>
  request<SsoSettingsResponse>("PUT", `/api/v1/orgs/${orgId}/sso`, body);

/** Removes the workspace's SSO settings (admins; the password unless signed in recently). */
export const removeSsoSettings = (orgId: string, currentPassword?: string) =>
  request<void>("DELETE", `/api/v1/orgs/${orgId}/sso`, currentPassword ? { currentPassword } : undefined);

/** Checks the e-mail domain's DNS TXT record (admins; the password unless signed in recently). */
export const verifySsoDomain = (orgId: string, currentPassword?: string) =>
  request<SsoSettingsResponse>(
    "POST",
    `/api/v1/orgs/${orgId}/sso/verify-domain`,
    currentPassword ? { currentPassword } : {},
  );

/** The workspace sign-in this browser was asked to confirm with the account's password, if any. */
export const getPendingSsoLink = () => request<SsoPendingLinkResponse>("GET", "/api/v1/auth/sso/pending-link");

/** Where the browser goes to sign in with the identity provider of the e-mail's domain. */
export function ssoStartUrl(email: string, next: string | null): string {
  const query = new URLSearchParams({ email });
  if (next) query.set("next", next);
  return `/api/v1/auth/sso/start?${query}`;
}

/** Links the pending workspace sign-in to the existing account by signing in with its password. */
export const confirmSsoLink = (password: string) =>
  request<{ user: User }>("POST", "/api/v1/auth/sso/confirm-link", { password });
