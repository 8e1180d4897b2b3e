import type { OutboxList } from "../../../shared/schemas/outbox.js";
import type { Actor, Deps } from "../../context.js";
import { decodeKeyset, encodeKeyset } from "../../http/keyset.js";
import { requireAdmin } from "../organizations/membership-policy.js";

/**
 * The workspace's e-mail log for admins, newest first: who, what kind, subject
 * and delivery state. Bodies only for invitations and the admin's own
 * messages — recaps and reminders carry 1:1 content admins must not read (P3).
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
    messages: page.map((m) => ({
      id: m.id,
      toEmail: m.toEmail,
      kind: m.kind,
      subject: m.subject,
      status: m.status,
      attempts: Number(m.attempts),
      lastError: m.lastError,
      createdAt: m.createdAt,
      sentAt: m.sentAt,
      body: m.kind === "invitation" || m.toUserId === actor.userId ? m.textBody : null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeKeyset(last.createdAt, last.id) : null,
  };
}
