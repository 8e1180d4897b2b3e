import type { OutboxList } from "../../../shared/schemas/outbox.js";
import type { Actor, Deps } from "../../context.js";
import { type PageQuery, pageByCreatedAt } from "../../db/keyset.js";
import { requireAdmin } from "../organizations/membership-policy.js";
import { hideSecretLinks } from "./hide-secret-links.js";
import { listOutboxPage } from "./outbox.repo.js";

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
  query: PageQuery,
): Promise<OutboxList> {
  await requireAdmin(deps, actor, organizationId);
  const { page, nextCursor } = await pageByCreatedAt(query, (before, limit) =>
    listOutboxPage(deps.db.kysely, organizationId, before, limit),
  );
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
    nextCursor,
  };
}
