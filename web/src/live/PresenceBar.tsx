import type { PersonRef } from "../../../shared/schemas/one-on-ones.js";
import { Avatar } from "../components/Avatar.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { LiveBadge } from "./LiveStatus.js";
import type { LiveMeeting } from "./useLiveMeeting.js";

type Props = {
  live: LiveMeeting | null;
  other: PersonRef;
  /** Section titles by key, to say where the other person is typing. */
  placeName: (place: string) => string;
};

/** Whether the other person is on the page and where they are typing, beside the connection state. */
export function PresenceBar({ live, other, placeName }: Props) {
  const { t } = useI18n();
  const them = live?.others.find((p) => p.userId === other.id) ?? null;
  const first = other.name.split(/\s+/)[0] ?? other.name;
  const line = !them
    ? t("live.presence.alone", { name: first })
    : them.typing
      ? t("live.presence.typingIn", { name: first, place: placeName(them.typing) })
      : t("live.presence.here", { name: first });

  return (
    <section className="presence-bar" aria-label={t("live.presence.label")}>
      <LiveBadge status={live?.status ?? "connecting"} />
      <span className={`presence-person${them ? " presence-here" : ""}`}>
        <span className="presence-avatar">
          <Avatar name={other.name} seed={other.id} size="sm" />
          {them ? <span className="presence-online" aria-hidden="true" /> : null}
        </span>
        <span>{line}</span>
      </span>
    </section>
  );
}
