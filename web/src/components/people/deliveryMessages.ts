import type { MessageKey } from "../../../../shared/i18n/translate.js";
import type { EmailDelivery, Invitation } from "../../../../shared/schemas/people.js";

const NEW_LINK = {
  sent: "people.pending.newLinkSent",
  queued: "people.pending.newLinkQueued",
  not_sent: "people.pending.newLinkNotSent",
} as const;

/** The toast after a fresh link, saying what became of its e-mail as the server reported it. */
export function newLinkToast(
  purpose: Invitation["purpose"],
  delivery: EmailDelivery,
): { tone: "success" | "error"; key: MessageKey } {
  // A set-password link goes to its person only: without SMTP, nobody gets it.
  if (purpose === "set_password") {
    return delivery === "not_sent"
      ? { tone: "error", key: "people.pending.setPasswordNotSent" }
      : { tone: "success", key: "people.pending.setPasswordSent" };
  }
  return { tone: "success", key: NEW_LINK[delivery] };
}
