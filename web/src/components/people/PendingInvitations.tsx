import type { Role } from "../../../../shared/schemas/common.js";
import type { Invitation, Person } from "../../../../shared/schemas/people.js";
import { formatDate } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Card } from "../Card.js";
import { CopyButton } from "../CopyButton.js";
import { Icon } from "../Icon.js";
import { inviteLinkFor } from "./inviteLinks.js";
import { ROLE_LABELS } from "./roleLabels.js";

type PendingInvitationsProps = {
  invitations: Invitation[];
  people: Person[];
  viewerId: string;
  /** Only an owner may resend an owner invitation (the server holds the same rule). */
  viewerRole: Role | undefined;
  onRevoke: (invitation: Invitation) => void;
  /** Issues a fresh link for an invitation whose link this session does not know. */
  onNewLink: (invitation: Invitation) => void;
};

/** Invitations not yet accepted, with their link (when known) and a revoke button. */
export function PendingInvitations({
  invitations,
  people,
  viewerId,
  viewerRole,
  onRevoke,
  onNewLink,
}: PendingInvitationsProps) {
  const { t, tn, locale, timeZone } = useI18n();
  if (invitations.length === 0) return null;
  return (
    <Card
      titleId="pending-title"
      title={t("people.pending.title")}
      lead={tn("people.pending.count", invitations.length)}
      kind="section"
    >
      <ul className="invitation-list">
        {invitations.map((invitation) => {
          const setPassword = invitation.purpose === "set_password";
          // A remembered link is offered only while it still opens the invitation.
          const live = Date.parse(invitation.expiresAt) > Date.now();
          const link = setPassword || !live ? undefined : inviteLinkFor(viewerId, invitation.id);
          const mayResend = setPassword || invitation.role !== "owner" || viewerRole === "owner";
          const manager = people.find((p) => p.userId === invitation.managerId);
          return (
            <li key={invitation.id} className="invitation-row">
              <span className="invitation-icon" aria-hidden="true">
                <Icon name="mail" />
              </span>
              <div className="invitation-text">
                <p className="person-name">
                  {invitation.name ?? invitation.email}{" "}
                  {setPassword ? <span className="badge badge-neutral">{t("people.pending.setPassword")}</span> : null}
                </p>
                <p className="person-email">
                  {invitation.name ? `${invitation.email} · ` : ""}
                  {t(ROLE_LABELS[invitation.role])}
                  {manager ? ` · ${t("people.reportsTo", { name: manager.name })}` : ""}
                </p>
                <p className="invitation-dates">
                  {t("people.pending.dates", {
                    sent: formatDate(invitation.createdAt, locale, timeZone),
                    expires: formatDate(invitation.expiresAt, locale, timeZone),
                  })}
                </p>
              </div>
              <div className="invitation-actions">
                {link ? (
                  <CopyButton
                    text={link}
                    label={t("people.pending.copyLink")}
                    className="btn btn-secondary btn-sm"
                    context={invitation.email}
                  />
                ) : mayResend ? (
                  <button type="button" className="btn btn-secondary btn-sm" onClick={() => onNewLink(invitation)}>
                    {t("people.pending.newLink")}
                    <span className="visually-hidden"> {invitation.email}</span>
                  </button>
                ) : null}
                <button type="button" className="btn btn-ghost-danger btn-sm" onClick={() => onRevoke(invitation)}>
                  {t("people.pending.revoke")}
                  <span className="visually-hidden"> {invitation.email}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {invitations.some((i) => i.purpose === "invitation" && !inviteLinkFor(viewerId, i.id)) ? (
        <p className="field-hint">{t("people.pending.linkNote")}</p>
      ) : null}
      {invitations.some((i) => i.purpose === "set_password") ? (
        <p className="field-hint">{t("people.pending.setPasswordNote")}</p>
      ) : null}
    </Card>
  );
}
