import type { AuditAction, AuditEvent } from "../../../../shared/schemas/audit.js";
import { formatDateTime } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon, type IconName } from "../Icon.js";
import { describeAuditEvent } from "./describeAuditEvent.js";

type Tone = "neutral" | "accent" | "danger";

const LOOK: Record<AuditAction, { icon: IconName; tone: Tone }> = {
  sign_up: { icon: "sparkle", tone: "accent" },
  "sign_in.success": { icon: "key", tone: "neutral" },
  "sign_in.failure": { icon: "alert", tone: "danger" },
  sign_out: { icon: "logout", tone: "neutral" },
  "password.changed": { icon: "lock", tone: "accent" },
  "token.created": { icon: "key", tone: "accent" },
  "token.revoked": { icon: "key", tone: "neutral" },
  "calendar_feed.rotated": { icon: "calendar", tone: "neutral" },
  "invitation.created": { icon: "mail", tone: "accent" },
  "invitation.resent": { icon: "mail", tone: "neutral" },
  "invitation.revoked": { icon: "mail", tone: "neutral" },
  "invitation.accepted": { icon: "people", tone: "accent" },
  "member.role_changed": { icon: "people", tone: "accent" },
  "member.manager_changed": { icon: "tree", tone: "neutral" },
  "member.status_changed": { icon: "people", tone: "danger" },
  "one_on_one.created": { icon: "chat", tone: "accent" },
  "meeting.completed": { icon: "check-circle", tone: "neutral" },
  "meeting.canceled": { icon: "x", tone: "neutral" },
  "meeting.rescheduled": { icon: "clock", tone: "neutral" },
  "webhook.created": { icon: "link", tone: "accent" },
  "webhook.updated": { icon: "link", tone: "neutral" },
  "webhook.deleted": { icon: "link", tone: "neutral" },
  "webhook.secret_rotated": { icon: "key", tone: "accent" },
  "sso.configured": { icon: "key", tone: "accent" },
  "sso.removed": { icon: "key", tone: "danger" },
  "sso.sign_in.failure": { icon: "alert", tone: "danger" },
  "sso.joined": { icon: "people", tone: "accent" },
  "sso.domain_verified": { icon: "key", tone: "accent" },
  "sso.link_pending": { icon: "key", tone: "neutral" },
  "sso.linked": { icon: "key", tone: "accent" },
  "meeting.started": { icon: "clock", tone: "neutral" },
  "meeting.unstarted": { icon: "clock", tone: "neutral" },
  "meeting.recap_amended": { icon: "mail", tone: "neutral" },
};

/** One row of the audit log: what happened, when, and from which address. */
export function AuditEntry({ event }: { event: AuditEvent }) {
  const { t, locale, timeZone } = useI18n();
  const look = LOOK[event.action];
  return (
    <li className="audit-row">
      <span className={`audit-icon audit-icon-${look.tone}`} aria-hidden="true">
        <Icon name={look.icon} size={16} />
      </span>
      <div className="audit-text">
        <p className="audit-what">
          {describeAuditEvent(t, event)}
          {event.action === "sign_in.failure" ? (
            <>
              {" "}
              <span className="badge badge-danger">{t("audit.failed")}</span>
            </>
          ) : null}
        </p>
        <p className="audit-meta">
          <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, locale, timeZone)}</time>
          {event.ip ? <span className="audit-ip">{t("audit.ip", { ip: event.ip })}</span> : null}
        </p>
      </div>
    </li>
  );
}
