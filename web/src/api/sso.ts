import type { PutSsoConfigBody, SsoSettingsResponse } from "../../../shared/schemas/sso.js";
import { request } from "./client.js";

/** The workspace's SSO settings and the redirect URI to register (admins). */
export const getSsoSettings = (orgId: string) => request<SsoSettingsResponse>("GET", `/api/v1/orgs/${orgId}/sso`);

/** Creates or changes the workspace's SSO settings (admins). */
export const putSsoSettings = (orgId: string, body: PutSsoConfigBody) =>
  request<SsoSettingsResponse>("PUT", `/api/v1/orgs/${orgId}/sso`, body);

/** Removes the workspace's SSO settings (admins). */
export const removeSsoSettings = (orgId: string) => request<void>("DELETE", `/api/v1/orgs/${orgId}/sso`);

/** Where the browser goes to sign in with the identity provider of the e-mail's domain. */
export function ssoStartUrl(email: string, next: string | null): string {
  const query = new URLSearchParams({ email });
  if (next) query.set("next", next);
  return `/api/v1/auth/sso/start?${query}`;
}
