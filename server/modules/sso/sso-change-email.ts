import { createTranslator } from "../../../shared/i18n/translate.js";
import type { Deps } from "../../context.js";
import { newId } from "../../db/ids.js";
import { findUserById } from "../auth/auth.repo.js";
import { findOrganization } from "../organizations/organizations.repo.js";
import { enqueueEmail } from "../outbox/outbox.service.js";
import { renderEmail } from "../outbox/render-email.js";
import { listActiveOwners } from "./sso.repo.js";

/** What happened to the settings, as the owners' e-mail names it. */
export type SsoChange = "configured" | "domain_verified" | "removed";

/**
 * Tells every active owner of the workspace, in their own language, that its
 * single sign-on settings changed and who changed them: a provider decides
 * who signs in, so no change to it may go unnoticed.
 */
export async function emailOwnersAboutSsoChange(
  deps: Deps,
  organizationId: string,
  actorUserId: string,
  change: SsoChange,
  details: { issuerUrl: string; emailDomain: string } | null,
): Promise<void> {
  const db = deps.db.kysely;
  const org = await findOrganization(db, organizationId);
  if (!org) throw new Error(`organization ${organizationId} not found`);
  const actor = await findUserById(db, actorUserId);
  const eventId = newId();
  for (const owner of await listActiveOwners(db, organizationId)) {
    const locale = owner.locale;
    const t = createTranslator(locale);
    const params = {
      actor: actor?.name ?? "",
      organization: org.name,
      issuer: details?.issuerUrl ?? "",
      domain: details?.emailDomain ?? "",
    };
    const paragraphs = [t(`email.ssoChanged.body.${change}`, params)];
    if (details) paragraphs.push(t("email.ssoChanged.details", params));
    paragraphs.push(t("email.ssoChanged.notYou"));
    await enqueueEmail(deps, {
      organizationId,
      kind: "sso_changed",
      idempotencyKey: `sso_changed:${eventId}:${owner.userId}`,
      toUserId: owner.userId,
      email: renderEmail(owner.email, {
        locale,
        subject: t("email.ssoChanged.subject", params),
        paragraphs,
        cta: { label: t("email.ssoChanged.cta"), url: `${deps.config.appUrl}/sso` },
      }),
    });
  }
}

/**
 * Tells the account's owner that a workspace's provider is now linked to
 * their account, so a link they did not mean to confirm does not go unseen.
 */
export async function emailAccountLinked(deps: Deps, userId: string, organizationId: string): Promise<void> {
  const db = deps.db.kysely;
  const user = await findUserById(db, userId);
  const org = await findOrganization(db, organizationId);
  if (!user || !org) return;
  const locale = user.locale;
  const t = createTranslator(locale);
  const params = { organization: org.name };
  await enqueueEmail(deps, {
    organizationId,
    kind: "sso_linked",
    idempotencyKey: `sso_linked:${newId()}`,
    toUserId: userId,
    email: renderEmail(user.email, {
      locale,
      subject: t("email.ssoLinked.subject", params),
      paragraphs: [t("email.ssoLinked.body", params), t("email.ssoLinked.notYou", params)],
      cta: { label: t("email.ssoLinked.cta"), url: `${deps.config.appUrl}/settings` },
    }),
  });
}
