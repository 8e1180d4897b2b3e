import { Link } from "wouter";
import type { Home } from "../../../../shared/schemas/meetings.js";
import { formatMeetingWhen } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Avatar } from "../Avatar.js";
import { Icon } from "../Icon.js";
import { StartOneOnOne } from "../oneonone/StartOneOnOne.js";
import { EmptyState } from "../States.js";

type Upcoming = Home["upcoming"][number];
const SHOWN = 6;

function UpcomingCard({ item }: { item: Upcoming }) {
  const { t, tn, locale, timeZone } = useI18n();
  const { meeting, counterpart } = item;
  const points =
    item.agendaCount === 0
      ? t("home.upNext.noPoints")
      : `${tn("home.upNext.points", item.agendaCount)} · ${
          item.myAgendaCount === 0 ? t("home.upNext.noneMine") : tn("home.upNext.mine", item.myAgendaCount)
        }`;
  return (
    <li className={`raised-card upcoming-card${item.needsPreparation ? " upcoming-card-prepare" : ""}`}>
      <Avatar name={counterpart.name} seed={counterpart.id} />
      <div className="upcoming-text">
        <h3 className="upcoming-name">
          <Link href={`/meetings/${meeting.id}`} className="stretched-link">
            {counterpart.name}
          </Link>
        </h3>
        <p className="upcoming-role">
          {item.role === "leader" ? t("home.upNext.youLead") : t("home.upNext.theyLead", { name: counterpart.name })}
        </p>
        <p className="upcoming-points">
          <Icon name="list-check" size={15} />
          <span>{points}</span>
        </p>
      </div>
      <div className="upcoming-side">
        <p className="upcoming-when">
          <time dateTime={meeting.scheduledAt}>{formatMeetingWhen(meeting.scheduledAt, locale, timeZone)}</time>
        </p>
        <p className="upcoming-duration">{t("common.minutes", { count: meeting.durationMinutes })}</p>
        {meeting.startedAt ? (
          <span className="badge badge-accent">{t("meeting.status.running")}</span>
        ) : item.needsPreparation ? (
          <span className="badge badge-warning">
            <Icon name="pencil" size={12} />
            {t("home.upNext.prepare")}
            <span className="visually-hidden">: {t("home.upNext.prepareHint")}</span>
          </span>
        ) : null}
      </div>
    </li>
  );
}

/**
 * The next 1:1 with each person, soonest first; a teaching empty state when there are none,
 * with "Start a 1:1" only for someone who may (`canStart`, from the server).
 */
export function UpNext({ upcoming, canStart }: { upcoming: Home["upcoming"]; canStart: boolean }) {
  const { t, tn } = useI18n();
  if (upcoming.length === 0) {
    return (
      <EmptyState icon="chat" title={t("home.upNext.empty.title")} action={canStart ? <StartOneOnOne /> : undefined}>
        <p>{t("home.upNext.empty.text")}</p>
        <p>{canStart ? t("home.upNext.empty.rhythm") : t("home.upNext.empty.member")}</p>
      </EmptyState>
    );
  }
  const hidden = upcoming.length - SHOWN;
  return (
    <>
      <ul className="upcoming-list">
        {upcoming.slice(0, SHOWN).map((item) => (
          <UpcomingCard key={item.meeting.id} item={item} />
        ))}
      </ul>
      {hidden > 0 ? (
        <p className="list-more">
          <Link href="/one-on-ones">{tn("home.upNext.more", hidden)}</Link>
        </p>
      ) : null}
    </>
  );
}
