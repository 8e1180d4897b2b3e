import type { Invitation, Person } from "../../../../shared/schemas/people.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { EmptyState } from "../States.js";

type PeopleIntroProps = {
  people: Person[];
  invitations: Invitation[];
  canManage: boolean;
  onInvite: () => void;
};

/** Teaches the next step: inviting when the viewer is alone, reporting lines once the team is here. */
export function PeopleIntro({ people, invitations, canManage, onInvite }: PeopleIntroProps) {
  const { t, tn } = useI18n();
  const active = people.filter((p) => p.status === "active");

  if (active.length <= 1) {
    return (
      <EmptyState
        icon="people"
        title={t("people.empty.title")}
        action={
          canManage ? (
            <button type="button" className="btn btn-primary" onClick={onInvite}>
              <Icon name="plus" />
              {t("people.empty.action")}
            </button>
          ) : null
        }
      >
        <p>{canManage ? t("people.empty.adminText") : t("people.empty.memberText")}</p>
        <p>{t("people.empty.linesText")}</p>
        {invitations.length > 0 ? <p className="muted">{tn("people.empty.waiting", invitations.length)}</p> : null}
      </EmptyState>
    );
  }

  if (canManage && !people.some((p) => p.managerId)) {
    return (
      <div className="callout callout-tip">
        <Icon name="tree" />
        <div>
          <p className="callout-title">{t("people.linesTip.title")}</p>
          <p>{t("people.linesTip.text")}</p>
        </div>
      </div>
    );
  }
  return null;
}
