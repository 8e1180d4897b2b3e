import type { Selectable } from "kysely";
import type { PutSsoConfigBody, SsoConfig, SsoSettingsResponse, SsoSudoBody } from "../../../shared/schemas/sso.js";
import type { Actor, Deps, RequestMeta } from "../../context.js";
import { withTransaction } from "../../db/executor.js";
import type { SsoConfigsTable } from "../../db/schema.js";
import { AppError, badRequest, conflict, notFound } from "../../http/errors.js";
import { recordAudit } from "../audit/audit.repo.js";
import { requireRecentSignIn } from "../auth/recent-sign-in.js";
import { newSecretToken } from "../auth/secret-tokens.js";
import { requireAdmin } from "../organizations/membership-policy.js";
import { issuerUrlProblem } from "./issuer-address.js";
import { sealSecret } from "./secret-box.js";
import {
  deleteSsoConfig,
  findSsoConfig,
  findSsoConfigByVerifiedDomain,
  markDomainVerified,
  setMissingDomainVerificationToken,
  upsertSsoConfig,
} from "./sso.repo.js";
import { emailOwnersAboutSsoChange } from "./sso-change-email.js";

/** The prefix of the DNS TXT record that proves a workspace controls its e-mail domain. */
export const DOMAIN_TXT_PREFIX = "rapport-domain-verification=";

/** The one redirect URI every workspace registers with its identity provider. */
export function ssoRedirectUri(deps: Deps): string {
  return `${deps.config.appUrl}/api/v1/auth/sso/callback`;
}

/** The admin view of the settings: everything but the client secret, which only shows as set. */
function presentSsoConfig(row: Selectable<SsoConfigsTable>): SsoConfig {
  return {
    issuerUrl: row.issuerUrl,
    clientId: row.clientId,
    clientSecretSet: row.clientSecretSealed.length > 0,
    emailDomain: row.emailDomain,
    domainVerifiedAt: row.verifiedDomain === row.emailDomain ? (row.domainVerifiedAt ?? null) : null,
    domainTxtRecord: `${DOMAIN_TXT_PREFIX}${row.domainVerificationToken ?? ""}`,
    enabled: row.enabled === 1,
    updatedAt: row.updatedAt,
  };
}

const domainTaken = () =>
  conflict("sso_domain_taken", "Another workspace has already verified this e-mail domain for SSO");

/** The workspace's SSO settings (admins). Settings saved before domain verification get their token here. */
export async function getSsoSettings(deps: Deps, actor: Actor, organizationId: string): Promise<SsoSettingsResponse> {
  await requireAdmin(deps, actor, organizationId);
  let row = await findSsoConfig(deps.db.kysely, organizationId);
  if (row && !row.domainVerificationToken) {
    const token = newSecretToken();
    row = { ...row, domainVerificationToken: token };
    await setMissingDomainVerificationToken(deps.db.kysely, organizationId, token);
    row = (await findSsoConfig(deps.db.kysely, organizationId)) ?? row;
  }
  return { sso: row ? presentSsoConfig(row) : null, redirectUri: ssoRedirectUri(deps) };
}

/**
 * Creates or changes the workspace's SSO settings (admins, in a session that
 * signed in recently). The secret is sealed before it is stored; the issuer
 * must be a public address; a new e-mail domain starts unverified. Audited,
 * and every owner is told.
 */
export async function putSsoConfig(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  input: PutSsoConfigBody,
  meta: RequestMeta,
): Promise<SsoSettingsResponse> {
  await requireAdmin(deps, actor, organizationId);
  await requireRecentSignIn(deps, actor, input.currentPassword);
  const db = deps.db.kysely;
  const existing = await findSsoConfig(db, organizationId);
  if (!existing && !input.clientSecret) {
    throw badRequest("validation_failed", "required the first time", "clientSecret");
  }
  const problem = await issuerUrlProblem(deps, input.issuerUrl);
  if (problem) throw badRequest("validation_failed", problem, "issuerUrl");
  const holder = await findSsoConfigByVerifiedDomain(db, input.emailDomain);
  if (holder && holder.organizationId !== organizationId) throw domainTaken();
  const now = deps.clock.now().toISOString();
  const sameDomain = existing?.emailDomain === input.emailDomain;
  const row: Selectable<SsoConfigsTable> = {
    organizationId,
    issuerUrl: input.issuerUrl,
    clientId: input.clientId,
    clientSecretSealed: input.clientSecret
      ? sealSecret(deps.secret, input.clientSecret)
      : (existing?.clientSecretSealed ?? ""),
    emailDomain: input.emailDomain,
    enabled: input.enabled ? 1 : 0,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    // A domain is verified for itself only: another domain starts over with a new token.
    domainVerificationToken:
      sameDomain && existing?.domainVerificationToken ? existing.domainVerificationToken : newSecretToken(),
    verifiedDomain: sameDomain ? (existing?.verifiedDomain ?? null) : null,
    domainVerifiedAt: sameDomain ? (existing?.domainVerifiedAt ?? null) : null,
  };
  await withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    await upsertSsoConfig(trx, row);
    await recordAudit(trx, deps.clock, {
      organizationId,
      actorUserId: actor.userId,
      action: "sso.configured",
      ip: meta.ip,
      // Never the secret: only whether it changed.
      metadata: {
        issuerUrl: row.issuerUrl,
        emailDomain: row.emailDomain,
        enabled: String(input.enabled),
        secretChanged: String(Boolean(input.clientSecret)),
      },
    });
  });
  await emailOwnersAboutSsoChange(deps, organizationId, actor.userId, "configured", row);
  return { sso: presentSsoConfig(row), redirectUri: ssoRedirectUri(deps) };
}

/**
 * Verifies the e-mail domain (admins, recent sign-in): a TXT record
 * `rapport-domain-verification=<token>` on the domain proves the workspace
 * controls it. Only then does the domain route sign-ins by e-mail and let the
 * provider create accounts. One workspace per verified domain.
 */
export async function verifySsoDomain(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  input: SsoSudoBody,
  meta: RequestMeta,
): Promise<SsoSettingsResponse> {
  await requireAdmin(deps, actor, organizationId);
  await requireRecentSignIn(deps, actor, input?.currentPassword);
  const db = deps.db.kysely;
  const row = await findSsoConfig(db, organizationId);
  if (!row?.domainVerificationToken) throw notFound("SSO settings");
  const expected = `${DOMAIN_TXT_PREFIX}${row.domainVerificationToken}`;
  const records = await deps.dns.resolveTxt(row.emailDomain).catch(() => [] as string[][]);
  if (!records.some((chunks) => chunks.join("").trim() === expected)) {
    throw badRequest(
      "sso_domain_verification_failed",
      `No TXT record "${expected}" was found on ${row.emailDomain}; DNS changes can take a while to show`,
    );
  }
  const holder = await findSsoConfigByVerifiedDomain(db, row.emailDomain);
  if (holder && holder.organizationId !== organizationId) throw domainTaken();
  const now = deps.clock.now().toISOString();
  try {
    await withTransaction(deps, async (deps) => {
      const trx = deps.db.kysely;
      await markDomainVerified(trx, organizationId, row.emailDomain, now);
      await recordAudit(trx, deps.clock, {
        organizationId,
        actorUserId: actor.userId,
        action: "sso.domain_verified",
        ip: meta.ip,
        metadata: { emailDomain: row.emailDomain },
      });
    });
  } catch (error) {
    // Two workspaces verifying the same domain at once: the unique index lets one win.
    if (error instanceof AppError) throw error;
    if (await findSsoConfigByVerifiedDomain(db, row.emailDomain)) throw domainTaken();
    throw error;
  }
  await emailOwnersAboutSsoChange(deps, organizationId, actor.userId, "domain_verified", row);
  return getSsoSettings(deps, actor, organizationId);
}

/** Turns SSO off for good and forgets the settings (admins, recent sign-in). Audited, and every owner is told. */
export async function removeSsoConfig(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  input: SsoSudoBody,
  meta: RequestMeta,
): Promise<void> {
  await requireAdmin(deps, actor, organizationId);
  await requireRecentSignIn(deps, actor, input?.currentPassword);
  const existing = await findSsoConfig(deps.db.kysely, organizationId);
  if (!existing || !(await deleteSsoConfig(deps.db.kysely, organizationId))) throw notFound("SSO settings");
  await recordAudit(deps.db.kysely, deps.clock, {
    organizationId,
    actorUserId: actor.userId,
    action: "sso.removed",
    ip: meta.ip,
    metadata: { issuerUrl: existing.issuerUrl, emailDomain: existing.emailDomain },
  });
  await emailOwnersAboutSsoChange(deps, organizationId, actor.userId, "removed", existing);
}
