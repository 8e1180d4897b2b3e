import type { Deps, RequestMeta } from "../../context.js";
import type { Executor } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import { SESSION_TTL_MS } from "../../http/session-cookie.js";
import { deleteSessionByTokenHash, insertSession } from "./auth.repo.js";
import { hashToken, newSecretToken } from "./secret-tokens.js";

export interface NewSession {
  token: string;
  expiresAt: Date;
}

/**
 * Starts a session for a user with a fresh token; only its hash is stored.
 * The session the browser presented (another account's, or a planted one)
 * ends here, so a token known before sign-in is never a signed-in token.
 */
export async function startSession(
  db: Executor,
  deps: Deps,
  userId: string,
  meta: RequestMeta,
  /** Holds the session to this one workspace (a sign-in through its identity provider). */
  organizationId: string | null = null,
): Promise<NewSession> {
  if (meta.presentedSessionHash) await deleteSessionByTokenHash(db, meta.presentedSessionHash);
  const token = newSecretToken();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await insertSession(db, {
    id: newId(),
    tokenHash: hashToken(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    organizationId,
  });
  return { token, expiresAt };
}
