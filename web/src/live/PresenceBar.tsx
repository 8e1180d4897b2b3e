import { useEffect, useRef, useState } from "react";
import type { PersonRef } from "../../../shared/schemas/one-on-ones.js";
import { Avatar } from "../components/Avatar.js";
import { formatRelative } from "../i18n/format.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { LiveBadge } from "./LiveStatus.js";
import type { LiveMeeting } from "./useLiveMeeting.js";

type Props = {
  live: LiveMeeting | null;
  other: PersonRef;
  /** Section titles by key, to say where the other person is typing. */
  placeName: (place: string) => string;
  /** When the other person was last on this page, as the server recorded it (null: not known). */
  lastSeenAt?: string | null;
};

/** The later of two optional timestamps. */
const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/** Whether the other person is on the page and where they are typing, beside the connection state. */
export function PresenceBar({ live, other, placeName, lastSeenAt = null }: Props) {
  const { t, locale } = useI18n();
  const them = live?.others.find((p) => p.userId === other.id) ?? null;
  const first = other.name.split(/\s+/)[0] ?? other.name;
  // Seen leaving while I watch: newer than what the page loaded with.
  const [leftAt, setLeftAt] = useState<string | null>(null);
  const wasHere = useRef(false);
  useEffect(() => {
    if (wasHere.current && !them) setLeftAt(new Date().toISOString());
    wasHere.current = them !== null;
  }, [them]);
  const lastHere = later(lastSeenAt, leftAt);
  const line = !them
    ? lastHere
      ? t("live.presence.lastHere", { name: first, when: formatRelative(lastHere, locale) })
      : t("live.presence.alone", { name: first })
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
