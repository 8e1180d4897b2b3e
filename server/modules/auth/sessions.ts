import type { Kysely, Transaction } from "kysely";
import type { Deps, RequestMeta } from "../../context.js";
import { newId } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { SESSION_TTL_MS } from "../../http/session-cookie.js";
import { insertSession } from "./auth.repo.js";
import { hashToken, newSecretToken } from "./secret-tokens.js";

export interface NewSession {
  token: string;
  expiresAt: Date;
}

/** Starts a session for a user; only the token's hash is stored. */
export async function startSession(
  db: Kysely<Database> | Transaction<Database>,
  deps: Deps,
  userId: string,
  meta: RequestMeta,
): Promise<NewSession> {
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
  });
  return { token, expiresAt };
}
