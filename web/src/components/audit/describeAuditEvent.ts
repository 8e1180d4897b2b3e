import type { MessageKey, Translate } from "../../../../shared/i18n/translate.js";
import type { AuditEvent } from "../../../../shared/schemas/audit.js";

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
