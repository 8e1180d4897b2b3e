import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { MeetingActionRow } from "./MeetingActionRow.js";
import { useMeeting } from "./MeetingContext.js";

/** Open actions from earlier meetings: what to check on first. */
export function FollowUps() {
  const { t } = useI18n();
  const { detail } = useMeeting();
  const followUps = detail.actionItems.filter((a) => a.followUp);
  return (
    <section className="panel" aria-labelledby="follow-ups-title">
      <div className="panel-header">
        <h2 id="follow-ups-title">
          <Icon name="restore" />
          {t("actions.followUps")}
        </h2>
        {followUps.length > 0 ? <span className="badge badge-neutral">{followUps.length}</span> : null}
      </div>
      {followUps.length > 0 ? (
        <>
          <p className="panel-lead">{t("actions.followUpsLead")}</p>
          <ul className="action-list">
            {followUps.map((action) => (
              <MeetingActionRow key={action.id} action={action} showOrigin />
            ))}
          </ul>
        </>
      ) : (
        <p className="panel-empty">{t("actions.noFollowUps")}</p>
      )}
    </section>
  );
}
