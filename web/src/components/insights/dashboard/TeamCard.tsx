import { Link } from "wouter";
import type { MessageKey } from "../../../../../shared/i18n/en.js";
import type { DashboardRow } from "../../../../../shared/schemas/insights.js";
import { formatDayDate, formatMeetingWhen, formatRelative } from "../../../i18n/format.js";
import { useI18n } from "../../../i18n/I18nProvider.js";
import { Avatar } from "../../Avatar.js";
import { Icon } from "../../Icon.js";
import { Sparkline } from "../charts/Sparkline.js";
import { formatPercent } from "../insightFormat.js";
import { summarizeTrend } from "../trend.js";
import { AlertList } from "./AlertList.js";

function daysAgo(days: number, locale: string): string {
  const text = new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(-days, "day");
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * One person I lead: why they may need me, when we met and meet next, next steps, mood and rhythm.
 * `onTrack` is false when the person has an alert on any of their rows.
 */
export function TeamCard({ row, onTrack }: { row: DashboardRow; onTrack: boolean }) {
  const { t, tn, locale, timeZone } = useI18n();
  const name = row.teammate.name;
  const health = row.cadenceHealth;
  const mood = summarizeTrend(row.moodTrend);
  const attention = row.alerts.length > 0;
  const moodLabel = tn("insights.dashboard.moodLabel", row.moodTrend.length, { values: row.moodTrend.join(", ") });

  return (
    <li className={`raised-card team-card${attention ? " team-card-attention" : ""}`}>
      <div className="team-card-head">
        <Avatar name={name} seed={row.teammate.id} />
        <div className="team-card-who">
          <h2 className="team-card-name">
            {row.oneOnOneId ? (
              <Link href={`/one-on-ones/${row.oneOnOneId}`} className="stretched-link">
                {name}
              </Link>
            ) : (
              name
            )}
          </h2>
          <p className="team-card-meta">
            {row.kind ? <span className="badge badge-neutral">{t(`kind.${row.kind}` as MessageKey)}</span> : null}
            {row.status === "active" || row.status === null ? null : (
              <span className="badge badge-warning">{t(`oneOnOne.status.${row.status}` as MessageKey)}</span>
            )}
            {attention || !onTrack ? null : (
              <span className="badge badge-success">
                <Icon name="check" size={12} />
                {t("insights.dashboard.onTrack")}
              </span>
            )}
          </p>
        </div>
        <div className="team-card-links">
          {row.nextMeetingId ? (
            <Link href={`/meetings/${row.nextMeetingId}`} className="btn btn-secondary btn-sm">
              <span>
                {t("insights.dashboard.prepare")}
                <span className="visually-hidden"> {t("insights.dashboard.withName", { name })}</span>
              </span>
              <Icon name="chevron" size={16} />
            </Link>
          ) : null}
          {row.oneOnOneId ? (
            <Link
              href={`/one-on-ones/${row.oneOnOneId}/insights`}
              className="btn btn-ghost btn-sm"
              title={t("insights.dashboard.trendsFor", { name })}
            >
              <Icon name="chart" size={16} />
              <span>
                <span className="team-card-link-text">{t("insights.dashboard.trends")}</span>
                <span className="visually-hidden"> {t("insights.dashboard.withName", { name })}</span>
              </span>
            </Link>
          ) : (
            <Link
              href={`/one-on-ones/new?teammate=${encodeURIComponent(row.teammate.id)}`}
              className="btn btn-primary btn-sm"
            >
              <span>
                {t("insights.dashboard.startOneOnOne")}
                <span className="visually-hidden"> {t("insights.dashboard.withName", { name })}</span>
              </span>
            </Link>
          )}
        </div>
      </div>

      {attention ? (
        <AlertList
          alerts={row.alerts}
          daysSinceLast={row.daysSinceLast}
          label={t("insights.dashboard.why", { name })}
        />
      ) : null}

      <dl className="team-facts">
        <div>
          <dt>{t("insights.dashboard.last")}</dt>
          <dd>
            {row.lastMeetingAt && row.daysSinceLast !== null ? (
              <>
                <span className={health?.overdue ? "fact-warning" : undefined}>
                  {daysAgo(row.daysSinceLast, locale)}
                </span>
                <span className="fact-sub">{formatDayDate(row.lastMeetingAt, locale, timeZone)}</span>
              </>
            ) : (
              <span className="fact-sub">{t("insights.dashboard.notYet")}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("insights.dashboard.next")}</dt>
          <dd>
            {row.nextMeetingAt ? (
              <>
                <span>{formatRelative(row.nextMeetingAt, locale)}</span>
                <span className="fact-sub">{formatMeetingWhen(row.nextMeetingAt, locale, timeZone)}</span>
              </>
            ) : (
              <span className="fact-sub">{t("insights.dashboard.notScheduled")}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("insights.dashboard.steps")}</dt>
          <dd>
            {row.openActions > 0 ? (
              <>
                <span>{tn("insights.dashboard.open", row.openActions)}</span>
                {row.overdueActions > 0 ? (
                  <span className="fact-sub fact-danger">{tn("insights.dashboard.overdue", row.overdueActions)}</span>
                ) : null}
              </>
            ) : (
              <span className="fact-sub">{t("insights.dashboard.noSteps")}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("insights.dashboard.mood")}</dt>
          <dd className="fact-mood">
            {mood ? (
              <>
                <Sparkline
                  values={row.moodTrend}
                  label={moodLabel}
                  tone={mood.direction === "down" ? "danger" : "primary"}
                />
                <span className={mood.direction === "down" ? "fact-danger" : undefined}>
                  {t("insights.outOf5", { value: mood.latest })}
                </span>
              </>
            ) : (
              <span className="fact-sub">{t("insights.dashboard.noMood")}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("insights.dashboard.rhythm")}</dt>
          <dd>
            {!health || health.adherence === null ? (
              <span className="fact-sub">{t("insights.dashboard.noRhythm")}</span>
            ) : (
              <>
                <span>{t("insights.dashboard.held", { value: formatPercent(health.adherence, locale) })}</span>
                <span className="fact-sub">
                  {tn("insights.dashboard.streak", health.currentStreak)} ·{" "}
                  {t("insights.dashboard.gap", { days: tn("insights.days", health.longestGapDays) })}
                </span>
              </>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
