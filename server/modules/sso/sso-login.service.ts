import type { Selectable } from "kysely";
import type { SsoStartQuery } from "../../../shared/schemas/sso.js";
import type { Deps, RequestMeta } from "../../context.js";
import { type Executor, withTransaction } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import type { SsoConfigsTable, UsersTable } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { consumeRateLimit } from "../../http/rate-limit.js";
import { recordAudit } from "../audit/audit.repo.js";
import { findUserByEmail, insertUser } from "../auth/auth.repo.js";
import { hashToken, newSecretToken } from "../auth/secret-tokens.js";
import { type NewSession, startSession } from "../auth/sessions.js";
import { findMembership, findOrganization, insertMembership } from "../organizations/organizations.repo.js";
import {
  buildAuthorizationRequest,
  discoverProvider,
  type ProviderIdentity,
  redeemAuthorizationCode,
  ssoError,
} from "./oidc-client.js";
import {
  findIdentity,
  findSsoConfig,
  findSsoConfigByVerifiedDomain,
  insertIdentity,
  insertLoginAttempt,
  insertPendingLink,
  takeLoginAttempt,
  wasMadeJustInTimeBy,
} from "./sso.repo.js";
import { ssoRedirectUri } from "./sso-config.service.js";

/** How long the trip to the identity provider and back may take. */
export const SSO_ATTEMPT_TTL_MS = 10 * 60 * 1000;
const SSO_START_PER_IP = { limit: 60, windowSeconds: 15 * 60 };

/** Only a path of this app (never another site, never `//host`) is a place to land after signing in. */
export function safeReturnPath(next: string | undefined): string | null {
  if (!next?.startsWith("/") || next.startsWith("//")) return null;
  return /[\s\\]/.test(next) ? null : next;
}

const domainOf = (email: string) => email.slice(email.lastIndexOf("@") + 1);

/** Users created by SSO have no password: this value matches no scrypt hash, so password sign-in always fails. */
const NO_PASSWORD = "sso$no-password";

/** Picks the workspace's enabled SSO settings from `orgId`, or from the e-mail's domain when that domain is verified. */
async function enabledConfigFor(deps: Deps, query: SsoStartQuery): Promise<Selectable<SsoConfigsTable>> {
  const db = deps.db.kysely;
  const row = query.orgId
    ? await findSsoConfig(db, query.orgId)
    : query.email
      ? await findSsoConfigByVerifiedDomain(db, domainOf(query.email))
      : undefined;
  if (row?.enabled !== 1) throw ssoError("sso_not_configured", 404);
  if (query.orgId && query.email && domainOf(query.email) !== row.emailDomain) throw ssoError("sso_wrong_domain");
  return row;
}

/**
 * Starts an SSO sign-in: discovers the provider, keeps state, nonce and PKCE
 * verifier server-side for ten minutes, and answers the provider's URL and the
 * state the browser must bring back (in its own cookie).
 */
export async function startSsoLogin(
  deps: Deps,
  query: SsoStartQuery,
  meta: RequestMeta,
): Promise<{ authorizationUrl: string; state: string; expiresAt: Date }> {
  await consumeRateLimit(deps.db, deps.clock, `sso:ip:${meta.ip}`, SSO_START_PER_IP).catch((error: unknown) => {
    throw error instanceof AppError && error.statusCode === 429 ? ssoError("rate_limited", 429) : error;
  });
  const row = await enabledConfigFor(deps, query);
  const config = await discoverProvider(deps, row);
  const request = await buildAuthorizationRequest(config, ssoRedirectUri(deps), query.email);
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SSO_ATTEMPT_TTL_MS);
  await insertLoginAttempt(deps.db.kysely, {
    id: newId(),
    stateHash: hashToken(request.state),
    organizationId: row.organizationId,
    nonce: request.nonce,
    codeVerifier: request.codeVerifier,
    returnTo: safeReturnPath(query.next),
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { authorizationUrl: request.url.href, state: request.state, expiresAt };
}

/** How long an existing account's owner has to confirm a link with their password. */
export const SSO_LINK_TTL_MS = 10 * 60 * 1000;

/** What a callback ends in: a session held to the workspace, or a link its owner must confirm first. */
export type SsoOutcome =
  | { kind: "session"; session: NewSession; returnTo: string | null }
  | { kind: "pending_link"; token: string; expiresAt: Date };

/**
 * Finishes an SSO sign-in at the callback. The state must match the browser's
 * cookie and a live attempt (used once); the provider must vouch for a
 * verified e-mail in the workspace's domain. Then a linked identity signs in,
 * a new address joins just in time (verified domains only), and an existing
 * account not yet linked waits for its owner to confirm with their password.
 */
export async function finishSsoLogin(
  deps: Deps,
  query: Record<string, string>,
  browserState: string | null,
  meta: RequestMeta,
): Promise<SsoOutcome> {
  const db = deps.db.kysely;
  const nowIso = deps.clock.now().toISOString();
  const state = query.state;
  if (!state || !browserState || state !== browserState) throw ssoError("sso_state_invalid");
  const attempt = await takeLoginAttempt(db, hashToken(state), nowIso);
  if (!attempt) throw ssoError("sso_state_invalid");
  const organizationId = attempt.organizationId;
  let email: string | null = null;
  try {
    const row = await findSsoConfig(db, organizationId);
    if (row?.enabled !== 1) throw ssoError("sso_not_configured", 404);
    const config = await discoverProvider(deps, row);
    const callbackUrl = new URL(ssoRedirectUri(deps));
    for (const [key, value] of Object.entries(query)) callbackUrl.searchParams.set(key, value);
    const identity = await redeemAuthorizationCode(config, callbackUrl, {
      state,
      nonce: attempt.nonce,
      codeVerifier: attempt.codeVerifier,
    });
    email = identity.email;
    if (!identity.email || !identity.emailVerified) throw ssoError("sso_email_unverified");
    if (domainOf(identity.email) !== row.emailDomain) throw ssoError("sso_wrong_domain");
    const outcome = await signInIdentity(deps, row, { ...identity, email: identity.email }, meta);
    return outcome.kind === "session" ? { ...outcome, returnTo: attempt.returnTo } : outcome;
  } catch (error) {
    const code = error instanceof AppError ? error.code : "sso_failed";
    await recordAudit(db, deps.clock, {
      organizationId,
      actorUserId: null,
      action: "sso.sign_in.failure",
      ip: meta.ip,
      metadata: { reason: code, ...(email ? { email } : {}) },
    });
    throw error;
  }
}

/**
 * The provider is trusted for its workspace only, and for accounts it
 * created or its owner linked (P7). A linked identity signs in; an address
 * new to Rapport becomes a member just in time, when the domain is verified;
 * an existing member's account is linked only once its owner confirms with
 * their password. Every session started here is held to this workspace.
 */
async function signInIdentity(
  deps: Deps,
  row: Selectable<SsoConfigsTable>,
  identity: ProviderIdentity & { email: string },
  meta: RequestMeta,
): Promise<SsoOutcome> {
  const organizationId = row.organizationId;
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  return withTransaction(deps, async (deps): Promise<SsoOutcome> => {
    const trx = deps.db.kysely;
    const linked = await findIdentity(trx, organizationId, row.issuerUrl, identity.subject);
    const existing = linked ? { id: linked.userId } : await findUserByEmail(trx, identity.email);
    let userId: string;
    if (existing) {
      const membership = await findMembership(trx, organizationId, existing.id);
      if (!membership) throw ssoError("sso_not_member", 403);
      if (membership.status !== "active") throw ssoError("sso_member_deactivated", 403);
      const madeHereBefore =
        !linked &&
        "passwordHash" in existing &&
        existing.passwordHash.startsWith(NO_PASSWORD) &&
        (await wasMadeJustInTimeBy(trx, organizationId, existing.id));
      if (madeHereBefore) {
        // Created just in time by this provider before identities were stored: linked from the start, as today.
        await insertIdentity(trx, {
          id: newId(),
          organizationId,
          issuer: row.issuerUrl,
          subject: identity.subject,
          userId: existing.id,
          email: identity.email,
          createdAt: nowIso,
          confirmedAt: nowIso,
        });
      } else if (!linked) {
        const token = newSecretToken();
        const expiresAt = new Date(now.getTime() + SSO_LINK_TTL_MS);
        await insertPendingLink(trx, {
          id: newId(),
          tokenHash: hashToken(token),
          organizationId,
          userId: existing.id,
          issuer: row.issuerUrl,
          subject: identity.subject,
          email: identity.email,
          createdAt: nowIso,
          expiresAt: expiresAt.toISOString(),
        });
        await recordAudit(trx, deps.clock, {
          organizationId,
          actorUserId: existing.id,
          action: "sso.link_pending",
          ip: meta.ip,
          metadata: { email: identity.email },
        });
        return { kind: "pending_link", token, expiresAt };
      }
      userId = existing.id;
    } else {
      if (row.verifiedDomain !== domainOf(identity.email)) throw ssoError("sso_domain_unverified", 403);
      userId = await joinJustInTime(trx, deps, row, identity, meta);
    }
    await recordAudit(trx, deps.clock, {
      organizationId,
      actorUserId: userId,
      action: "sign_in.success",
      ip: meta.ip,
      metadata: { method: "sso" },
    });
    const session = await startSession(trx, deps, userId, meta, organizationId);
    return { kind: "session", session, returnTo: null };
  });
}

/** Creates the account, its membership and its linked identity: the provider vouched for a new address. */
async function joinJustInTime(
  trx: Executor,
  deps: Deps,
  row: Selectable<SsoConfigsTable>,
  identity: ProviderIdentity & { email: string },
  meta: RequestMeta,
): Promise<string> {
  const organizationId = row.organizationId;
  const now = deps.clock.now().toISOString();
  const organization = await findOrganization(trx, organizationId);
  if (!organization) throw ssoError("sso_not_configured", 404);
  const user: Selectable<UsersTable> = {
    id: newId(),
    email: identity.email,
    name: (identity.name ?? identity.email.slice(0, identity.email.indexOf("@"))).slice(0, 120),
    passwordHash: `${NO_PASSWORD}$${newSecretToken()}`,
    locale: organization.defaultLocale,
    timezone: organization.defaultTimezone,
    createdAt: now,
    updatedAt: now,
  };
  await insertUser(trx, user);
  await insertMembership(trx, {
    organizationId,
    userId: user.id,
    role: "member",
    status: "active",
    managerId: null,
    createdAt: now,
    updatedAt: now,
  });
  await insertIdentity(trx, {
    id: newId(),
    organizationId,
    issuer: row.issuerUrl,
    subject: identity.subject,
    userId: user.id,
    email: identity.email,
    createdAt: now,
    confirmedAt: now,
  });
  await recordAudit(trx, deps.clock, { organizationId, actorUserId: user.id, action: "sso.joined", ip: meta.ip });
  return user.id;
}
