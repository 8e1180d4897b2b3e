import { Link } from "wouter";
import type { MessageKey } from "../../../../shared/i18n/en.js";
import type { OneOnOne } from "../../../../shared/schemas/one-on-ones.js";
import { formatDate, formatMeetingWhen } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Avatar } from "../Avatar.js";
import { describeCadence } from "../cadence/cadence.js";
import { counterpartOf, oneOnOneWeekday } from "./oneOnOneInfo.js";

/** One 1:1 in a list: the other person, the kind and rhythm, and the next and last meetings. */
export function OneOnOneRow({ oneOnOne, meId }: { oneOnOne: OneOnOne; meId: string }) {
  const { t, locale, timeZone } = useI18n();
  const other = counterpartOf(oneOnOne, meId);
  const next = oneOnOne.nextMeeting?.status === "scheduled" ? oneOnOne.nextMeeting : null;
  return (
    <li className={`1:1-row${oneOnOne.status === "active" ? "" : " 1:1-row-inactive"}`}>
      <Avatar name={other.name} seed={other.id} />
      <div className="1:1-row-text">
        <p className="1:1-row-name">
          <Link href={`/one-on-ones/${oneOnOne.id}`} className="stretched-link">
            {other.name}
          </Link>
          <span className="badge badge-neutral">{t(`kind.${oneOnOne.kind}` as MessageKey)}</span>
          {oneOnOne.status === "active" ? null : (
            <span className={`badge ${oneOnOne.status === "paused" ? "badge-warning" : "badge-neutral"}`}>
              {t(`oneOnOne.status.${oneOnOne.status}` as MessageKey)}
            </span>
          )}
        </p>
        <p className="1:1-row-meta">
          {describeCadence(t, locale, oneOnOne.cadence, oneOnOneWeekday(oneOnOne))} ·{" "}
          {t("common.minutes", { count: oneOnOne.durationMinutes })}
        </p>
      </div>
      <dl className="1:1-row-dates">
        <div>
          <dt>{t("oneOnOne.next")}</dt>
          <dd>{next ? formatMeetingWhen(next.scheduledAt, locale, timeZone) : t("oneOnOne.noNext")}</dd>
        </div>
        <div>
          <dt>{t("oneOnOne.last")}</dt>
          <dd>
            {oneOnOne.lastMeeting ? formatDate(oneOnOne.lastMeeting.heldAt, locale, timeZone) : t("oneOnOne.noLast")}
          </dd>
        </div>
      </dl>
    </li>
  );
}
