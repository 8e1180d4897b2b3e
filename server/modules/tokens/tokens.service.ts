import type { Selectable } from "kysely";
import type { ApiToken, TokenScope } from "../../../shared/schemas/tokens.js";
import type { Actor, Deps, RequestMeta } from "../../context.js";
import { newId } from "../../db/ids.js";
import type { ApiTokensTable } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import { recordAudit } from "../audit/audit.repo.js";
import { requireRecentSignIn } from "../auth/recent-sign-in.js";
import { hashToken, newSecretToken } from "../auth/secret-tokens.js";
import { normalizeScopes, parseScopes } from "./token-scopes.js";
import { insertToken, listActiveTokens, revokeToken } from "./tokens.repo.js";

const TOKEN_PREFIX = "rpt_";

function presentToken(row: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: parseScopes(row.scopes),
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
  };
}

/** The caller's active API tokens (never their secrets). */
export async function listTokens(deps: Deps, actor: Actor): Promise<ApiToken[]> {
  return (await listActiveTokens(deps.db.kysely, actor.userId, actor.organizationScope)).map(presentToken);
}

/** Creates a personal API token; the secret is returned this once only. */
export async function createToken(
  deps: Deps,
  actor: Actor,
  input: { name: string; scopes: TokenScope[]; currentPassword?: string | undefined },
  meta: RequestMeta,
) {
  // A copied cookie must not mint a credential that outlives it (ADR 0014).
  await requireRecentSignIn(deps, actor, input.currentPassword, meta);
  const { name } = input;
  const scopes = normalizeScopes(input.scopes);
  const token = newSecretToken(TOKEN_PREFIX);
  const row: Selectable<ApiTokensTable> = {
    id: newId(),
    userId: actor.userId,
    name,
    tokenHash: hashToken(token),
    prefix: token.slice(0, TOKEN_PREFIX.length + 4),
    createdAt: deps.clock.now().toISOString(),
    lastUsedAt: null,
    revokedAt: null,
    scopes: scopes.join(" "),
    // Minted by a sign-in held to one workspace: held there too (ADR 0017).
    organizationId: actor.organizationScope,
  };
  await insertToken(deps.db.kysely, row);
  await recordAudit(deps.db.kysely, deps.clock, {
    actorUserId: actor.userId,
    action: "token.created",
    targetType: "api_token",
    targetId: row.id,
    ip: meta.ip,
    metadata: { scopes: scopes.join(" ") },
  });
  return { ...presentToken(row), token };
}

/** Revokes one of the caller's tokens; someone else's answers 404. */
export async function deleteToken(deps: Deps, actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  const revoked = await revokeToken(
    deps.db.kysely,
    actor.userId,
    id,
    deps.clock.now().toISOString(),
    actor.organizationScope,
  );
  if (!revoked) throw notFound("Token");
  await recordAudit(deps.db.kysely, deps.clock, {
    actorUserId: actor.userId,
    action: "token.revoked",
    targetType: "api_token",
    targetId: id,
    ip: meta.ip,
  });
  deps.live.recheckUser(actor.userId);
}
