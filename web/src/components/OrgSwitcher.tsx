import { useId } from "react";
import { useT } from "../i18n/I18nProvider.js";
import { useSession } from "../session/SessionProvider.js";
import { CompactSelect } from "./Field.js";

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
      <CompactSelect
        id={id}
        value={membership.organization.id}
        onChange={switchOrganization}
        options={active.map((m) => ({ value: m.organization.id, label: m.organization.name }))}
      />
    </div>
  );
}
