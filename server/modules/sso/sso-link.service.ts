import type { User } from "../../../shared/schemas/auth.js";
import type { SsoPendingLinkResponse } from "../../../shared/schemas/sso.js";
import type { Deps, RequestMeta } from "../../context.js";
import { withTransaction } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import { notFound } from "../../http/errors.js";
import { recordAudit } from "../audit/audit.repo.js";
import { findUserById } from "../auth/auth.repo.js";
import { login } from "../auth/auth.service.js";
import { hashToken } from "../auth/secret-tokens.js";
import type { NewSession } from "../auth/sessions.js";
import { deletePendingLink, findPendingLink, insertIdentity } from "./sso.repo.js";
import { emailAccountLinked } from "./sso-change-email.js";

/** What the login page shows while a link waits for its owner: the workspace and the address (this browser only). */
export async function getPendingLink(deps: Deps, token: string | null): Promise<SsoPendingLinkResponse> {
  const pending = token
    ? await findPendingLink(deps.db.kysely, hashToken(token), deps.clock.now().toISOString())
    : undefined;
  if (!pending) throw notFound("Pending sign-in link");
  return { organizationName: pending.organizationName, email: pending.email };
}

/**
 * The owner confirms the link this browser holds by signing in with the
 * account's password (P7): the password sign-in itself (its limits, lockout
 * and audit), for the account the link is for, then the provider's identity
 * is linked to it. Only an explicit confirmation links: a later ordinary
 * sign-in never does.
 */
export async function confirmLinkWithPassword(
  deps: Deps,
  token: string | null,
  password: string,
  meta: RequestMeta,
): Promise<{ user: User; session: NewSession }> {
  const db = deps.db.kysely;
  const pending = token ? await findPendingLink(db, hashToken(token), deps.clock.now().toISOString()) : undefined;
  const account = pending ? await findUserById(db, pending.userId) : undefined;
  if (!pending || !account) throw notFound("Pending sign-in link");
  const signedIn = await login(deps, { email: account.email, password }, meta);
  if (!(await confirmPendingLink(deps, signedIn.user.id, token, meta))) throw notFound("Pending sign-in link");
  await emailAccountLinked(deps, signedIn.user.id, pending.organizationId);
  return signedIn;
}

/** Links the pending identity to `userId` if the link is this user's and still live; answers whether it did. */
async function confirmPendingLink(
  deps: Deps,
  userId: string,
  token: string | null,
  meta: RequestMeta,
): Promise<boolean> {
  if (!token) return false;
  const now = deps.clock.now().toISOString();
  return withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    const pending = await findPendingLink(trx, hashToken(token), now);
    if (pending?.userId !== userId || !(await deletePendingLink(trx, pending.id))) return false;
    await insertIdentity(trx, {
      id: newId(),
      organizationId: pending.organizationId,
      issuer: pending.issuer,
      subject: pending.subject,
      userId,
      email: pending.email,
      createdAt: now,
      confirmedAt: now,
    });
    await recordAudit(trx, deps.clock, {
      organizationId: pending.organizationId,
      actorUserId: userId,
      action: "sso.linked",
      ip: meta.ip,
      metadata: { email: pending.email },
    });
    return true;
  });
}
