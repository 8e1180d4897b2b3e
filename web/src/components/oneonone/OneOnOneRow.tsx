import { Link } from "wouter";
import type { MessageKey } from "../../../../shared/i18n/en.js";
import type { OneOnOne } from "../../../../shared/schemas/one-on-ones.js";
import { formatDate, formatMeetingWhen } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Avatar } from "../Avatar.js";
import { describeCadence } from "../cadence/cadence.js";
import { counterpartOf, oneOnOneWeekday } from "./oneOnOneInfo.js";

/** One series in a list: the other person, the kind and rhythm, and the next and last meetings. */
export function OneOnOneRow({ series, meId }: { series: OneOnOne; meId: string }) {
  const { t, locale, timeZone } = useI18n();
  const other = counterpartOf(series, meId);
  const next = series.nextMeeting?.status === "scheduled" ? series.nextMeeting : null;
  return (
    <li className={`series-row${series.status === "active" ? "" : " series-row-inactive"}`}>
      <Avatar name={other.name} seed={other.id} />
      <div className="series-row-text">
        <p className="series-row-name">
          <Link href={`/one-on-ones/${series.id}`} className="stretched-link">
            {other.name}
          </Link>
          <span className="badge badge-neutral">{t(`kind.${series.kind}` as MessageKey)}</span>
          {series.status === "active" ? null : (
            <span className={`badge ${series.status === "paused" ? "badge-warning" : "badge-neutral"}`}>
              {t(`series.status.${series.status}` as MessageKey)}
            </span>
          )}
        </p>
        <p className="series-row-meta">
          {describeCadence(t, locale, series.cadence, oneOnOneWeekday(series))} ·{" "}
          {t("common.minutes", { count: series.durationMinutes })}
        </p>
      </div>
      <dl className="series-row-dates">
        <div>
          <dt>{t("series.next")}</dt>
          <dd>{next ? formatMeetingWhen(next.scheduledAt, locale, timeZone) : t("series.noNext")}</dd>
        </div>
        <div>
          <dt>{t("series.last")}</dt>
          <dd>
            {series.lastMeeting ? formatDate(series.lastMeeting.scheduledAt, locale, timeZone) : t("series.noLast")}
          </dd>
        </div>
      </dl>
    </li>
  );
}
