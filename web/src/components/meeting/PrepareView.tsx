import { Link } from "wouter";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { AddPointForm } from "./AddPointForm.js";
import { FollowUps } from "./FollowUps.js";
import { useMeeting } from "./MeetingContext.js";
import { PrivateNotePanel } from "./PrivateNotePanel.js";
import { SectionCard } from "./SectionCard.js";

/**
 * Before the meeting: follow-ups first, then one compact agenda (each section's header and its
 * talking points, prompts folded away) with one add box that picks the section.
 */
export function PrepareView() {
  const { t, tn } = useI18n();
  const { detail, isLeader, other, abilities } = useMeeting();
  const carried = detail.agendaItems.filter((i) => i.carriedFrom).length;
  return (
    <div className="meeting-layout">
      <div className="meeting-main">
        <p className="callout callout-tip prepare-tip">
          <Icon name="sparkle" />
          <span>
            {isLeader ? t("prepare.tipLeader", { name: other.name }) : t("prepare.tipTeammate", { name: other.name })}
            {carried > 0 ? ` ${tn("prepare.carried", carried)}` : ""}
          </span>
        </p>
        <FollowUps />
        <section className="panel agenda-panel" aria-labelledby="agenda-title">
          <div className="panel-header">
            <h2 id="agenda-title">
              <Icon name="list-check" />
              {t("prepare.agenda")}
            </h2>
            <span className="badge badge-neutral">{detail.agendaItems.length}</span>
          </div>
          {abilities.addAgendaItem ? <AddPointForm sections={detail.sections} /> : null}
          {detail.sections.map((section, index) => (
            <SectionCard key={section.key} section={section} number={index + 1} mode="prepare" />
          ))}
        </section>
      </div>
      <aside className="meeting-side" aria-label={t("prepare.side")}>
        <PrivateNotePanel placeholder={t("notes.prepPlaceholder")} rows={5} />
        <div className="panel">
          <div className="panel-header">
            <h2>
              <Icon name="pin" />
              {t("prepare.standingTitle")}
            </h2>
          </div>
          <p className="panel-lead">
            {detail.standingItems.length > 0
              ? tn("prepare.standingSome", detail.standingItems.length)
              : t("prepare.standingNone")}{" "}
            <Link href={`/one-on-ones/${detail.oneOnOne.id}#standing`}>{t("prepare.standingManage")}</Link>
          </p>
        </div>
      </aside>
    </div>
  );
}
