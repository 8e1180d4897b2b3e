import { useI18n } from "../i18n/I18nProvider.js";
import type { LiveStatus } from "./useLiveMeeting.js";

const HINT: Record<LiveStatus, string | null> = {
  connecting: null,
  live: "live.status.liveHint",
  reconnecting: "live.status.reconnectingHint",
  offline: "live.status.offlineHint",
  signedOut: "live.status.signedOutHint",
};

/** A dot and a word for the connection: live, reconnecting, offline. */
export function LiveBadge({ status }: { status: LiveStatus }) {
  const { t } = useI18n();
  const hint = HINT[status];
  return (
    <span className={`live-badge live-${status}`} title={hint ? t(hint as "live.status.liveHint") : undefined}>
      <span className="live-dot" aria-hidden="true" />
      {t(`live.status.${status}`)}
    </span>
  );
}

/** Under the shared notes: what the connection means for your edits, announced when it changes. */
export function LiveStatusLine({ status }: { status: LiveStatus }) {
  const { t } = useI18n();
  const hint = HINT[status];
  return (
    <p className={`save-status live-status-line live-${status}`} role="status" aria-live="polite" data-live={status}>
      <span className="live-dot" aria-hidden="true" />
      <span>{hint ? t(hint as "live.status.liveHint") : t("live.status.connecting")}</span>
    </p>
  );
}
