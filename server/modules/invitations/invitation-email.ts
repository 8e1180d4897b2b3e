import type { Selectable } from "kysely";
import { createTranslator } from "../../../shared/i18n/translate.js";
import type { Locale } from "../../../shared/schemas/common.js";
import type { EmailDelivery } from "../../../shared/schemas/people.js";
import type { Deps } from "../../context.js";
import type { InvitationsTable } from "../../db/schema.js";
import { emailDeliveryOf, enqueueEmail } from "../outbox/outbox.service.js";
import { plainName, renderEmail } from "../outbox/render-email.js";
import { findInvitationEmailContext } from "./invitations.repo.js";

/**
 * Puts the invitation e-mail (or, for an imported account, the set-password e-mail) in the outbox,
 * in the invitee's language when known, else the workspace's. Names are shown as plain text.
 * Says what became of it, so the admin's page can tell whether the invitee got an e-mail at all.
 */
export async function sendInvitationEmail(
  deps: Deps,
  invitation: Selectable<InvitationsTable>,
  acceptUrl: string,
  knownLocale: Locale | undefined,
): Promise<EmailDelivery> {
  const context = await findInvitationEmailContext(deps.db.kysely, invitation.organizationId, invitation.invitedBy);
  const locale = knownLocale ?? context.defaultLocale;
  const expires = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: context.defaultTimezone,
  }).format(new Date(invitation.expiresAt));
  const t = createTranslator(locale);
  const params = {
    inviter: plainName(context.inviterName),
    organization: plainName(context.organizationName),
    url: acceptUrl,
    expires,
  };
  const email =
    invitation.purpose === "set_password"
      ? renderEmail(invitation.email, {
          locale,
          subject: t("email.setPassword.subject", params),
          paragraphs: t("email.setPassword.body", params).split(/\n{2,}/),
          cta: { label: t("email.setPassword.cta"), url: acceptUrl },
        })
      : renderEmail(invitation.email, {
          locale,
          subject: t("email.invitation.subject", params),
          paragraphs: t("email.invitation.body", params).split(/\n{2,}/),
          cta: { label: t("email.invitation.cta"), url: acceptUrl },
        });
  const outboxId = await enqueueEmail(deps, {
    organizationId: invitation.organizationId,
    kind: invitation.purpose,
    // One message per link: a resent invitation has a new token hash, so a new key.
    idempotencyKey: `invitation:${invitation.id}:${invitation.tokenHash.slice(0, 16)}`,
    email,
  });
  return emailDeliveryOf(deps, outboxId);
}
