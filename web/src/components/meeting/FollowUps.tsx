import { useI18n } from "../../i18n/I18nProvider.js";
import { MeetingActionRow } from "./MeetingActionRow.js";
import { useMeeting } from "./MeetingContext.js";
import { MeetingPanel } from "./MeetingPanel.js";

/** Open actions from earlier meetings: what to check on first. */
export function FollowUps() {
  const { t } = useI18n();
  const { detail } = useMeeting();
  const followUps = detail.actionItems.filter((a) => a.followUp);
  return (
    <MeetingPanel titleId="follow-ups-title" icon="restore" title={t("actions.followUps")} count={followUps.length}>
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
    </MeetingPanel>
  );
}
