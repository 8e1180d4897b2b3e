import type { SsoPendingLinkResponse } from "../../../shared/schemas/sso.js";
import type { Deps, RequestMeta } from "../../context.js";
import { newId } from "../../db/ids.js";
import { notFound } from "../../http/errors.js";
import { recordAudit } from "../audit/audit.repo.js";
import { hashToken } from "../auth/secret-tokens.js";
import { deletePendingLink, findPendingLink, insertIdentity } from "./sso.repo.js";

/** What the login page shows while a link waits for its owner: the workspace and the address (this browser only). */
export async function getPendingLink(deps: Deps, token: string | null): Promise<SsoPendingLinkResponse> {
  const pending = token
    ? await findPendingLink(deps.db.kysely, hashToken(token), deps.clock.now().toISOString())
    : undefined;
  if (!pending) throw notFound("Pending sign-in link");
  return { organizationName: pending.organizationName, email: pending.email };
}

/**
 * Confirms the pending link this browser holds, once its owner has signed in
 * with their password (P7): the provider's identity is linked to the account
 * that signed in, and to no other. Answers whether a link was confirmed.
 */
export async function confirmPendingLink(
  deps: Deps,
  userId: string,
  token: string | null,
  meta: RequestMeta,
): Promise<boolean> {
  if (!token) return false;
  const now = deps.clock.now().toISOString();
  return deps.db.kysely.transaction().execute(async (trx) => {
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
