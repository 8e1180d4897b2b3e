import type { Clock } from "../../clock.js";
import type { Db } from "../../db/database.js";
import { withTransaction } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import { hashToken, newSecretToken } from "../auth/secret-tokens.js";
import { insertInvitation, revokePendingInvitations } from "../invitations/invitations.repo.js";
import { listActiveOwners, listPasswordlessMemberships } from "./import.repo.js";
import { NO_PASSWORD } from "./import-plan.js";

const LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A link an imported person opens to choose their password. */
export interface SetPasswordLink {
  email: string;
  name: string;
  url: string;
}

/**
 * Issues a set-password link to every active member who has no password yet (imported
 * accounts): a single-use link bound to that account, the only way to set its first password
 * (P7). Using it sets the password and signs them in. Earlier pending links of the same person
 * are revoked; the workspace's admins see them and can resend them, to the person's mailbox only.
 */
export async function issueSetPasswordLinks(db: Db, clock: Clock, appUrl: string): Promise<SetPasswordLink[]> {
  const now = clock.now();
  const nowIso = now.toISOString();
  const people = await listPasswordlessMemberships(db.kysely, NO_PASSWORD);
  const owners = await listActiveOwners(db.kysely);
  const ownerOf = new Map(owners.map((o) => [o.organizationId, o.userId]));
  const links: SetPasswordLink[] = [];
  const seen = new Set<string>();
  const deps = { db };
  await withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    for (const person of people) {
      // One link per person is enough: setting the password opens every workspace they belong to.
      if (seen.has(person.id)) continue;
      seen.add(person.id);
      const token = newSecretToken();
      await revokePendingInvitations(trx, person.organizationId, { email: person.email }, nowIso);
      await insertInvitation(trx, {
        id: newId(),
        organizationId: person.organizationId,
        email: person.email,
        name: person.name,
        role: person.role,
        managerId: person.managerId,
        tokenHash: hashToken(token),
        invitedBy: ownerOf.get(person.organizationId) ?? person.id,
        expiresAt: new Date(now.getTime() + LINK_TTL_MS).toISOString(),
        acceptedAt: null,
        revokedAt: null,
        createdAt: nowIso,
        purpose: "set_password",
        userId: person.id,
      });
      links.push({ email: person.email, name: person.name, url: `${appUrl}/invite/${token}` });
    }
  });
  return links;
}
