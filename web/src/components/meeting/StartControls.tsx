import { formatMeetingWhen } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { Icon } from "../Icon.js";
import { useMeeting } from "./MeetingContext.js";

type Props = { onStart: () => void; onUnstarted: () => void };

/**
 * Starting is an explicit action: Start, and Un-start while nothing was recorded. Both
 * follow the server's abilities.
 */
export function StartControls({ onStart, onUnstarted }: Props) {
  const { t } = useI18n();
  const { abilities, ops } = useMeeting();
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
        <button type="button" className="btn btn-primary" onClick={onStart}>
          <Icon name="play" />
          {t("meeting.start")}
        </button>
      ) : null}
    </>
  );
}

type ConfirmProps = { open: boolean; onConfirm: () => Promise<void> | void; onClose: () => void };

/** More than an hour before the meeting, the server asks (`start_too_early`): so does the page. */
export function StartEarlyDialog({ open, onConfirm, onClose }: ConfirmProps) {
  const { t, locale, timeZone } = useI18n();
  const { detail } = useMeeting();
  return (
    <ConfirmDialog
      open={open}
      title={t("meeting.startEarly.title")}
      message={t("meeting.startEarly.message", {
        date: formatMeetingWhen(detail.meeting.scheduledAt, locale, timeZone),
      })}
      confirmLabel={t("meeting.startEarly.confirm")}
      tone="primary"
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
