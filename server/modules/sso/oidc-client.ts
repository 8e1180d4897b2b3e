import type { Selectable } from "kysely";
import * as client from "openid-client";
import type { SsoErrorCode } from "../../../shared/schemas/sso.js";
import type { Deps } from "../../context.js";
import type { SsoConfigsTable } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { guardedProviderFetch } from "./issuer-address.js";
import { openSecret } from "./secret-box.js";

/** Seconds an identity provider has to answer each request. */
const PROVIDER_TIMEOUT_SECONDS = 10;

const MESSAGES: Record<SsoErrorCode, string> = {
  sso_not_configured: "Single sign-on is not set up for this workspace or e-mail domain",
  sso_provider_unavailable: "The identity provider could not be reached",
  sso_issuer_mismatch: "The identity provider answered with a different issuer than the one configured",
  sso_state_invalid: "This sign-in link is invalid, expired or already used; start again",
  sso_denied: "The identity provider did not sign you in",
  sso_failed: "The identity provider's answer could not be verified",
  sso_email_unverified: "The identity provider has not verified this e-mail address",
  sso_wrong_domain: "This e-mail address is not in the workspace's SSO domain",
  sso_member_deactivated: "This account is deactivated in the workspace",
  sso_not_member: "This account is not a member of the workspace; ask an admin for an invitation",
  sso_domain_unverified:
    "This workspace's e-mail domain is not verified, so its identity provider cannot create accounts",
  rate_limited: "Too many attempts; try again later",
};

/** A failed SSO sign-in; the browser is sent back to the login page with its code. */
export function ssoError(code: SsoErrorCode, status = 400): AppError {
  return new AppError(status, code, MESSAGES[code]);
}

/**
 * Discovers the workspace's provider and prepares a confidential client for
 * it. Every request to the provider goes through the issuer address guard
 * (public addresses only, checked at connect time) unless the development
 * flag allows private issuers.
 */
export async function discoverProvider(deps: Deps, row: Selectable<SsoConfigsTable>): Promise<client.Configuration> {
  const clientSecret = openSecret(deps.secret, row.clientSecretSealed);
  if (!clientSecret) throw ssoError("sso_not_configured");
  const issuer = new URL(row.issuerUrl);
  const guarded = guardedProviderFetch(deps);
  try {
    const config = await client.discovery(issuer, row.clientId, undefined, client.ClientSecretBasic(clientSecret), {
      timeout: PROVIDER_TIMEOUT_SECONDS,
      // The settings accept plain http for loopback issuers only (see shared/schemas/sso.ts).
      ...(issuer.protocol === "http:" ? { execute: [client.allowInsecureRequests] } : {}),
      ...(guarded ? { [client.customFetch]: guarded } : {}),
    });
    config.timeout = PROVIDER_TIMEOUT_SECONDS;
    if (guarded) config[client.customFetch] = guarded;
    return config;
  } catch (error) {
    throw ssoErrorFrom(error, "sso_provider_unavailable");
  }
}

/** Maps what openid-client throws to the code the login page explains. */
export function ssoErrorFrom(error: unknown, fallback: SsoErrorCode): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof client.AuthorizationResponseError) return ssoError("sso_denied");
  if (error instanceof client.ClientError) {
    const cause = error.cause as { claim?: string; attribute?: string } | undefined;
    const aboutIssuer =
      cause?.claim === "iss" || cause?.attribute === "issuer" || /"iss" \(issuer\)/.test(String(error.cause));
    if (aboutIssuer) return ssoError("sso_issuer_mismatch");
  }
  if (error instanceof TypeError && /fetch failed/.test(error.message)) return ssoError("sso_provider_unavailable");
  if (error instanceof Error && error.name === "TimeoutError") return ssoError("sso_provider_unavailable");
  return ssoError(fallback);
}

/** A single-use authorization request: the values to keep and the URL to send the browser to. */
export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Builds an authorization code request with PKCE (S256), state and nonce. */
export async function buildAuthorizationRequest(
  config: client.Configuration,
  redirectUri: string,
  loginHint: string | undefined,
): Promise<AuthorizationRequest> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid email profile",
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
    ...(loginHint ? { login_hint: loginHint } : {}),
  });
  return { url, state, nonce, codeVerifier };
}

/** The identity the provider vouches for. */
export interface ProviderIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

function claimName(claims: Record<string, unknown>): string | null {
  if (typeof claims.name === "string" && claims.name.trim()) return claims.name.trim();
  const parts = [claims.given_name, claims.family_name].filter((p): p is string => typeof p === "string" && !!p);
  return parts.length > 0 ? parts.join(" ") : null;
}

/**
 * Exchanges the code (checking state, nonce, PKCE, issuer and the ID token's
 * signature and audience), then reads e-mail and name from the ID token, or
 * from the userinfo endpoint when the provider keeps them there.
 */
export async function redeemAuthorizationCode(
  config: client.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<ProviderIdentity> {
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw ssoError("sso_failed");
    let claims: Record<string, unknown> = { ...idClaims };
    if (typeof claims.email !== "string") {
      const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...info, ...claims };
    }
    return {
      subject: idClaims.sub,
      email: typeof claims.email === "string" ? claims.email.trim().toLowerCase() : null,
      emailVerified: claims.email_verified === true || claims.email_verified === "true",
      name: claimName(claims),
    };
  } catch (error) {
    throw ssoErrorFrom(error, "sso_failed");
  }
}
