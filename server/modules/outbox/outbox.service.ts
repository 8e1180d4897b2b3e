import type { Deps } from "../../context.js";
import { newId } from "../../db/ids.js";
import type { OutgoingEmail } from "./mailer.js";

export interface EnqueueInput {
  organizationId: string | null;
  kind: string;
  idempotencyKey: string;
  email: OutgoingEmail;
}

/**
 * Records an e-mail in the outbox (every message is kept) and, when SMTP is
 * configured, sends it now. Without SMTP the message is logged and stays.
 */
export async function enqueueEmail(deps: Deps, input: EnqueueInput): Promise<string> {
  const id = newId();
  const now = deps.clock.now().toISOString();
  const inserted = await deps.db.kysely
    .insertInto("outboxMessages")
    .values({
      id,
      organizationId: input.organizationId,
      toEmail: input.email.to,
      kind: input.kind,
      subject: input.email.subject,
      textBody: input.email.text,
      htmlBody: input.email.html,
      idempotencyKey: input.idempotencyKey,
      status: deps.mailer.enabled ? "pending" : "logged",
      lastError: null,
      createdAt: now,
      sentAt: null,
    })
    .onConflict((oc) => oc.column("idempotencyKey").doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return id;
  if (!deps.mailer.enabled) {
    deps.log.info(
      { outboxId: id, kind: input.kind, to: input.email.to, subject: input.email.subject },
      "e-mail kept in outbox (no SMTP_URL)",
    );
    return id;
  }
  await deliver(deps, id, input.email);
  return id;
}

async function deliver(deps: Deps, id: string, email: OutgoingEmail): Promise<void> {
  try {
    await deps.mailer.send(email);
    await deps.db.kysely
      .updateTable("outboxMessages")
      .set((eb) => ({ status: "sent", sentAt: deps.clock.now().toISOString(), attempts: eb("attempts", "+", 1) }))
      .where("id", "=", id)
      .execute();
  } catch (err) {
    deps.log.warn({ err, outboxId: id }, "e-mail delivery failed; kept in outbox");
    await deps.db.kysely
      .updateTable("outboxMessages")
      .set((eb) => ({ status: "failed", lastError: String(err), attempts: eb("attempts", "+", 1) }))
      .where("id", "=", id)
      .execute();
  }
}
