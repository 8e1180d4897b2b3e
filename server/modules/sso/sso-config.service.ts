import type { PutSsoConfigBody, SsoConfig, SsoSettingsResponse } from "../../../shared/schemas/sso.js";
import type { Actor, Deps, RequestMeta } from "../../context.js";
import type { SsoConfigsTable } from "../../db/schema.js";
import { badRequest, conflict, notFound } from "../../http/errors.js";
import { recordAudit } from "../audit/audit.repo.js";
import { requireAdmin } from "../organizations/membership-policy.js";
import { sealSecret } from "./secret-box.js";
import { deleteSsoConfig, findSsoConfig, findSsoConfigByDomain, upsertSsoConfig } from "./sso.repo.js";

/** The one redirect URI every workspace registers with its identity provider. */
export function ssoRedirectUri(deps: Deps): string {
  return `${deps.config.appUrl}/api/v1/auth/sso/callback`;
}

/** The admin view of the settings: everything but the client secret, which only shows as set. */
function presentSsoConfig(row: SsoConfigsTable): SsoConfig {
  return {
    issuerUrl: row.issuerUrl,
    clientId: row.clientId,
    clientSecretSet: row.clientSecretSealed.length > 0,
    emailDomain: row.emailDomain,
    enabled: row.enabled === 1,
    updatedAt: row.updatedAt,
  };
}

/** The workspace's SSO settings (admins). */
export async function getSsoSettings(deps: Deps, actor: Actor, organizationId: string): Promise<SsoSettingsResponse> {
  await requireAdmin(deps, actor, organizationId);
  const row = await findSsoConfig(deps.db.kysely, organizationId);
  return { sso: row ? presentSsoConfig(row) : null, redirectUri: ssoRedirectUri(deps) };
}

/** Creates or changes the workspace's SSO settings (admins). The secret is sealed before it is stored. */
export async function putSsoConfig(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  input: PutSsoConfigBody,
  meta: RequestMeta,
): Promise<SsoSettingsResponse> {
  await requireAdmin(deps, actor, organizationId);
  const db = deps.db.kysely;
  const existing = await findSsoConfig(db, organizationId);
  if (!existing && !input.clientSecret) {
    throw badRequest("validation_failed", "clientSecret: required the first time");
  }
  const holder = await findSsoConfigByDomain(db, input.emailDomain);
  if (holder && holder.organizationId !== organizationId) {
    throw conflict("sso_domain_taken", "Another workspace already signs in this e-mail domain with SSO");
  }
  const now = deps.clock.now().toISOString();
  const row: SsoConfigsTable = {
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
  };
  await db.transaction().execute(async (trx) => {
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
  return { sso: presentSsoConfig(row), redirectUri: ssoRedirectUri(deps) };
}

/** Turns SSO off for good and forgets the settings (admins). */
export async function removeSsoConfig(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  meta: RequestMeta,
): Promise<void> {
  await requireAdmin(deps, actor, organizationId);
  if (!(await deleteSsoConfig(deps.db.kysely, organizationId))) throw notFound("SSO settings");
  await recordAudit(deps.db.kysely, deps.clock, {
    organizationId,
    actorUserId: actor.userId,
    action: "sso.removed",
    ip: meta.ip,
  });
}
