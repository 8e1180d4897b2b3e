import { useState } from "react";
import { formatMeetingWhen } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { Icon } from "../Icon.js";
import { useMeeting } from "./MeetingContext.js";

type Props = { onStarted: () => void; onUnstarted: () => void };

/**
 * Starting is an explicit action: Start, with a confirmation when the meeting is more than an
 * hour away (the server's `start_too_early`), and Un-start while nothing was recorded. Both
 * follow the server's abilities.
 */
export function StartControls({ onStarted, onUnstarted }: Props) {
  const { t, locale, timeZone } = useI18n();
  const { detail, abilities, ops } = useMeeting();
  const [confirming, setConfirming] = useState(false);

  const start = async (confirmEarly: boolean) => {
    if (await ops.start({ confirmEarly, onEarly: () => setConfirming(true) })) onStarted();
  };
  const unstart = async () => {
    if (await ops.unstart()) onUnstarted();
  };

  return (
    <>
      {abilities.unstart ? (
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          title={t("meeting.unstartHint")}
          onClick={() => void unstart()}
        >
          {t("meeting.unstart")}
        </button>
      ) : null}
      {abilities.start ? (
        <button type="button" className="btn btn-primary" onClick={() => void start(false)}>
          <Icon name="play" />
          {t("meeting.start")}
        </button>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t("meeting.startEarly.title")}
        message={t("meeting.startEarly.message", {
          date: formatMeetingWhen(detail.meeting.scheduledAt, locale, timeZone),
        })}
        confirmLabel={t("meeting.startEarly.confirm")}
        tone="primary"
        onConfirm={() => start(true)}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
