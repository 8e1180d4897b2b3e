import type { Selectable } from "kysely";
import type { EmailDelivery } from "../../../shared/schemas/people.js";
import type { Deps } from "../../context.js";
import { newId } from "../../db/ids.js";
import type { OutboxMessagesTable } from "../../db/schema.js";
import type { OutgoingEmail } from "./mailer.js";
import { claimDue, findOutboxMessageStatus, insertOutboxMessage, updateOutboxMessage } from "./outbox.repo.js";
import { type NotificationKind, wantsEmail } from "./preferences.service.js";

export interface EnqueueInput {
  organizationId: string | null;
  kind: string;
  idempotencyKey: string;
  email: OutgoingEmail;
  /** The recipient when they have an account; their notification preferences then apply. */
  toUserId?: string;
  /** The preference that governs this message; invitations have none. */
  preference?: NotificationKind;
}

export const MAX_ATTEMPTS = 8;
/** 1, 2, 4 … minutes between tries, at most six hours. */
export const backoffMs = (attempts: number) => Math.min(6 * 3600 * 1000, 60_000 * 2 ** Math.max(0, attempts - 1));

/**
 * Records an e-mail in the outbox (every message is kept) unless the
 * recipient turned that kind off. With SMTP it is delivered at once through
 * the same claim as the sweep; without SMTP it is logged and stays.
 * The idempotency key makes a second enqueue of the same message a no-op.
 */
export async function enqueueEmail(deps: Deps, input: EnqueueInput): Promise<string | null> {
  if (input.toUserId && input.preference && !(await wantsEmail(deps, input.toUserId, input.preference))) return null;
  const id = newId();
  const now = deps.clock.now().toISOString();
  const inserted = await insertOutboxMessage(deps.db.kysely, {
    id,
    organizationId: input.organizationId,
    toEmail: input.email.to,
    toUserId: input.toUserId ?? null,
    kind: input.kind,
    subject: input.email.subject,
    textBody: input.email.text,
    htmlBody: input.email.html,
    idempotencyKey: input.idempotencyKey,
    status: deps.mailer.enabled ? "pending" : "logged",
    lastError: null,
    createdAt: now,
    sentAt: null,
    nextAttemptAt: now,
    lockedUntil: null,
    icsMethod: input.email.calendar?.method ?? null,
    icsContent: input.email.calendar?.content ?? null,
  });
  if (!inserted) return null;
  if (!deps.mailer.enabled) {
    // One line an operator can act on; never the body, which may hold a secret link (P7).
    deps.log.info(
      { outboxId: id, kind: input.kind, to: input.email.to },
      "e-mail kept in the outbox only (no SMTP_URL): not sent; admins see it in the e-mail log",
    );
    return id;
  }
  await deliverDueMessages(deps, { onlyId: id });
  return id;
}

/** What became of an enqueued message, as the page that caused it should say: sent, queued for a retry, or not sent (no SMTP). */
export async function emailDeliveryOf(deps: Deps, outboxId: string | null): Promise<EmailDelivery> {
  if (!deps.mailer.enabled) return "not_sent";
  const status = outboxId ? await findOutboxMessageStatus(deps.db.kysely, outboxId) : undefined;
  return status === "sent" ? "sent" : "queued";
}

/** Sends what is due; failures are retried with exponential backoff. Returns how many were sent. */
export async function deliverDueMessages(
  deps: Deps,
  options: { limit?: number; onlyId?: string; rounds?: number } = {},
): Promise<number> {
  if (!deps.mailer.enabled) return 0;
  const limit = options.limit ?? 25;
  let sent = 0;
  // A backlog drains within one sweep, a batch at a time (at most `rounds` batches).
  for (let round = 0; round < (options.rounds ?? 20); round++) {
    const claimed = await claimDue(deps.db, deps.clock.now(), "outboxMessages", {
      limit,
      onlyId: options.onlyId,
      maxAttempts: MAX_ATTEMPTS,
    });
    sent += await sendClaimed(deps, claimed);
    if (claimed.length < limit) break;
  }
  return sent;
}

/** Sends claimed messages one by one; a failure is recorded for a retry with backoff. */
async function sendClaimed(deps: Deps, claimed: Selectable<OutboxMessagesTable>[]): Promise<number> {
  let sent = 0;
  for (const message of claimed) {
    const attempts = Number(message.attempts) + 1;
    try {
      const method = message.icsMethod === "CANCEL" ? ("CANCEL" as const) : ("REQUEST" as const);
      const calendar = message.icsContent ? { method, content: message.icsContent } : undefined;
      await deps.mailer.send({
        to: message.toEmail,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
        ...(calendar ? { calendar } : {}),
      });
      await updateOutboxMessage(deps.db.kysely, message.id, {
        status: "sent",
        sentAt: deps.clock.now().toISOString(),
        attempts,
        lastError: null,
      });
      sent++;
    } catch (err) {
      deps.log.warn({ err, outboxId: message.id, attempts }, "e-mail delivery failed; will retry");
      const retryAt =
        attempts < MAX_ATTEMPTS ? new Date(deps.clock.now().getTime() + backoffMs(attempts)).toISOString() : null;
      await updateOutboxMessage(deps.db.kysely, message.id, {
        status: "failed",
        attempts,
        lastError: String(err).slice(0, 1000),
        nextAttemptAt: retryAt,
      });
    }
  }
  return sent;
}
