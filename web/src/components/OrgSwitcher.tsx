import { useId } from "react";
import { useT } from "../i18n/I18nProvider.js";
import { useSession } from "../session/SessionProvider.js";

/** The current organization's name, or a select when the user belongs to several. */
export function OrgSwitcher() {
  const t = useT();
  const id = useId();
  const { state, membership, switchOrganization } = useSession();
  if (state.status !== "signedIn" || !membership) return null;
  const active = state.me.memberships.filter((m) => m.status === "active");

  if (active.length < 2) {
    return (
      <div className="org-switcher">
        <span className="org-label">{t("nav.organization")}</span>
        <span className="org-name">{membership.organization.name}</span>
      </div>
    );
  }
  return (
    <div className="org-switcher">
      <label htmlFor={id} className="org-label">
        {t("nav.organization")}
      </label>
      <select
        id={id}
        className="input select input-compact"
        value={membership.organization.id}
        onChange={(event) => switchOrganization(event.target.value)}
      >
        {active.map((m) => (
          <option key={m.organization.id} value={m.organization.id}>
            {m.organization.name}
          </option>
        ))}
      </select>
    </div>
  );
}
