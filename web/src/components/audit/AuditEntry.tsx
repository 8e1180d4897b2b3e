import type { MessageKey, Translate } from "../../../../shared/i18n/translate.js";
import type { AuditAction, AuditEvent } from "../../../../shared/schemas/audit.js";
import { formatDateTime } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon, type IconName } from "../Icon.js";

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
};

const ROLE_VALUES = new Set(["owner", "admin", "member"]);

/** The event as one sentence in the reader's language: "Ada changed the role of Cole from Member to Admin". */
export function describeAuditEvent(t: Translate, event: AuditEvent): string {
  const actor = event.actor?.name || t("audit.someone");
  const target = event.target?.name ?? t("audit.formerMember");
  const pair = event.target?.pair;
  const params = {
    actor,
    target,
    leader: pair?.leaderName ?? t("audit.someone"),
    teammate: pair?.teammateName ?? t("audit.someone"),
    from: "",
    to: "",
  };
  if (event.action === "member.status_changed") {
    const key = event.change?.to === "active" ? "audit.action.member.reactivated" : "audit.action.member.deactivated";
    return t(key, params);
  }
  if (event.action === "member.role_changed" || event.action === "member.manager_changed") {
    const value = (v: string | null | undefined) => {
      if (event.action === "member.manager_changed") return v ?? t("audit.noManager");
      return v && ROLE_VALUES.has(v) ? t(`roles.${v}` as MessageKey) : (v ?? "—");
    };
    params.from = value(event.change?.from);
    params.to = value(event.change?.to);
  }
  return t(`audit.action.${event.action}` as MessageKey, params);
}

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
