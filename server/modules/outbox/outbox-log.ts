import type { OutboxList } from "../../../shared/schemas/outbox.js";
import type { Actor, Deps } from "../../context.js";
import { decodeKeyset, encodeKeyset } from "../../db/keyset.js";
import { requireAdmin } from "../organizations/membership-policy.js";
import { hideSecretLinks } from "./hide-secret-links.js";

/**
 * The workspace's e-mail log for admins, newest first: who, what kind, subject
 * and delivery state. Bodies only for invitations and the admin's own
 * messages — recaps and reminders carry 1:1 content admins must not read (P3) —
 * and never a secret link: the log says a link was sent, not which (P7).
 */
export async function listOutbox(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  query: { before?: string | undefined; limit: number },
): Promise<OutboxList> {
  await requireAdmin(deps, actor, organizationId);
  let q = deps.db.kysely.selectFrom("outboxMessages").selectAll().where("organizationId", "=", organizationId);
  if (query.before) {
    const { at, id } = decodeKeyset(query.before);
    q = q.where((eb) => eb.or([eb("createdAt", "<", at), eb.and([eb("createdAt", "=", at), eb("id", "<", id)])]));
  }
  const rows = await q
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    smtpConfigured: deps.mailer.enabled,
    messages: page.map((m) => {
      const shown = m.kind === "invitation" || m.toUserId === actor.userId ? hideSecretLinks(m.textBody) : null;
      return {
        id: m.id,
        toEmail: m.toEmail,
        kind: m.kind,
        subject: m.subject,
        status: m.status,
        attempts: Number(m.attempts),
        lastError: m.lastError,
        createdAt: m.createdAt,
        sentAt: m.sentAt,
        body: shown?.text ?? null,
        linksHidden: shown?.hidden ?? 0,
      };
    }),
    nextCursor: rows.length > query.limit && last ? encodeKeyset(last.createdAt, last.id) : null,
  };
}
