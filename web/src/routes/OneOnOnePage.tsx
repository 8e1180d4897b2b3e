import { useState } from "react";
import { Link, useParams } from "wouter";
import type { MessageKey } from "../../../shared/i18n/en.js";
import type { ActionItem } from "../../../shared/schemas/meetings.js";
import type { Template } from "../../../shared/schemas/templates.js";
import { errorMessage } from "../api/errorMessage.js";
import { updateActionItem } from "../api/meetings.js";
import { getOneOnOne, type OneOnOneDetail } from "../api/oneOnOnes.js";
import { listTemplates, SYSTEM_TEMPLATE_ID } from "../api/templates.js";
import { Avatar } from "../components/Avatar.js";
import { ActionRow } from "../components/actions/ActionRow.js";
import { Card } from "../components/Card.js";
import { describeCadence } from "../components/cadence/cadence.js";
import { Icon } from "../components/Icon.js";
import { BackToOneOnOnes } from "../components/oneonone/BackToOneOnOnes.js";
import { HistoryTimeline } from "../components/oneonone/HistoryTimeline.js";
import { NextMeetingCard } from "../components/oneonone/NextMeetingCard.js";
import { OneOnOneSettings } from "../components/oneonone/OneOnOneSettings.js";
import { OneOnOneStatusControls } from "../components/oneonone/OneOnOneStatusControls.js";
import { counterpartOf, oneOnOneWeekday } from "../components/oneonone/oneOnOneInfo.js";
import { StandingItems } from "../components/oneonone/StandingItems.js";
import { ErrorState, LoadingState } from "../components/States.js";
import { useToast } from "../components/Toasts.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useSignedIn } from "../session/SessionProvider.js";
import { todayIn, zoneCity } from "../time/zonedTime.js";
import "../styles/one-on-one.css";

async function loadOneOnOne(id: string): Promise<{ oneOnOne: OneOnOneDetail; templates: Template[] }> {
  const oneOnOne = await getOneOnOne(id);
  const templates = await listTemplates(oneOnOne.organizationId).then(
    (r) => r.templates,
    () => [] as Template[],
  );
  return { oneOnOne, templates };
}

/** One pair's 1:1s: what's next, what happened, what stays on every agenda, and the leader's settings. */
export default function OneOnOnePage() {
  const { t, locale, timeZone } = useI18n();
  const { id = "" } = useParams<{ id: string }>();
  const { me } = useSignedIn();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const data = useResource(() => loadOneOnOne(id), id);
  const oneOnOne = data.data?.oneOnOne;
  const other = oneOnOne ? counterpartOf(oneOnOne, me.user.id) : null;
  useDocumentTitle(other ? t("meeting.allOneOnOnes", { name: other.name }) : t("nav.oneOnOnes"));

  if (!oneOnOne || !other || !data.data) {
    return (
      <div className="page">
        {data.error ? <ErrorState error={data.error} onRetry={data.reload} /> : <LoadingState />}
      </div>
    );
  }

  const isLeader = oneOnOne.leader.id === me.user.id;
  const templates = data.data.templates;
  const template = templates.find((tpl) => tpl.id === (oneOnOne.templateId ?? SYSTEM_TEMPLATE_ID));
  const nameOf = (userId: string) =>
    userId === me.user.id ? t("common.you") : userId === other.id ? other.name : t("meeting.someone");
  const today = todayIn(timeZone);
  const setAction = (next: ActionItem) =>
    data.setData((d) =>
      d
        ? {
            ...d,
            oneOnOne: { ...d.oneOnOne, openActions: d.oneOnOne.openActions.map((a) => (a.id === next.id ? next : a)) },
          }
        : d,
    );
  const toggle = async (action: ActionItem, done: boolean) => {
    setAction({ ...action, status: done ? "done" : "open" });
    try {
      await updateActionItem(action.id, { status: done ? "done" : "open" });
    } catch (error) {
      setAction(action);
      toast.error(errorMessage(t, error));
    }
  };

  return (
    <div className="page">
      <BackToOneOnOnes />
      <header className="1:1-header">
        <Avatar name={other.name} seed={other.id} />
        <div>
          <h1>{t("meeting.allOneOnOnes", { name: other.name })}</h1>
          <p className="1:1-meta">
            <span className="badge badge-neutral">{t(`kind.${oneOnOne.kind}` as MessageKey)}</span>
            <span
              className={`badge ${oneOnOne.status === "active" ? "badge-accent" : oneOnOne.status === "paused" ? "badge-warning" : "badge-neutral"}`}
            >
              {t(`oneOnOne.status.${oneOnOne.status}` as MessageKey)}
            </span>
            <span>{describeCadence(t, locale, oneOnOne.cadence, oneOnOneWeekday(oneOnOne))}</span>
            <span>{t("common.minutes", { count: oneOnOne.durationMinutes })}</span>
            <span>{t("oneOnOne.zone", { zone: zoneCity(oneOnOne.timezone) })}</span>
          </p>
          <p className="muted">
            {isLeader ? t("oneOnOne.youLead", { name: other.name }) : t("oneOnOne.theyLead", { name: other.name })}
          </p>
        </div>
        <Link href={`/one-on-ones/${oneOnOne.id}/insights`} className="btn btn-secondary 1:1-trends">
          <Icon name="chart" size={16} />
          {t("insights.dashboard.trends")}
          <span className="visually-hidden"> {t("insights.dashboard.trendsFor", { name: other.name })}</span>
        </Link>
      </header>

      <div className="1:1-grid">
        <div className="1:1-main">
          <NextMeetingCard oneOnOne={oneOnOne} isLeader={isLeader} onChanged={data.reload} />
          <HistoryTimeline oneOnOneId={oneOnOne.id} nameOf={nameOf} />
        </div>
        <div className="1:1-side">
          <Card titleId="open-actions-title" title={t("oneOnOne.openActions")}>
            {oneOnOne.openActions.length > 0 ? (
              <ul className="action-list">
                {oneOnOne.openActions.map((action) => (
                  <ActionRow
                    key={action.id}
                    action={action}
                    today={today}
                    context={nameOf(action.ownerId)}
                    onToggle={(done) => void toggle(action, done)}
                  />
                ))}
              </ul>
            ) : (
              <p className="muted card-empty">{t("oneOnOne.noOpenActions")}</p>
            )}
          </Card>
          <StandingItems
            oneOnOneId={oneOnOne.id}
            items={oneOnOne.standingItems}
            sections={template?.sections ?? []}
            canEdit={oneOnOne.status !== "ended"}
            onChange={(standingItems) =>
              data.setData((d) => (d ? { ...d, oneOnOne: { ...d.oneOnOne, standingItems } } : d))
            }
          />
          <section className="card" aria-labelledby="settings-title">
            <div className="card-header">
              <h2 id="settings-title">
                <Icon name="settings" />
                {t("oneOnOne.settings.title")}
              </h2>
              {isLeader ? null : (
                <p className="muted">{t("oneOnOne.settings.leaderOnly", { name: oneOnOne.leader.name })}</p>
              )}
            </div>
            {isLeader && editing ? (
              <OneOnOneSettings
                key={oneOnOne.nextMeeting?.scheduledAt ?? "none"}
                oneOnOne={oneOnOne}
                templates={templates}
                onSaved={() => {
                  setEditing(false);
                  data.reload();
                }}
                onCancel={() => setEditing(false)}
              />
            ) : (
              <>
                <dl className="facts">
                  <div>
                    <dt>{t("fields.cadence")}</dt>
                    <dd>{describeCadence(t, locale, oneOnOne.cadence, oneOnOneWeekday(oneOnOne))}</dd>
                  </div>
                  <div>
                    <dt>{t("fields.template")}</dt>
                    <dd>{template?.name ?? t("oneOnOne.templateUnknown")}</dd>
                  </div>
                  <div>
                    <dt>{t("fields.timezone")}</dt>
                    <dd>{zoneCity(oneOnOne.timezone)}</dd>
                  </div>
                </dl>
                {isLeader && oneOnOne.status !== "ended" ? (
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm settings-edit"
                    onClick={() => setEditing(true)}
                  >
                    <Icon name="pencil" size={16} />
                    {t("oneOnOne.settings.edit")}
                  </button>
                ) : null}
              </>
            )}
            {isLeader ? (
              <>
                <hr className="divider" />
                <OneOnOneStatusControls oneOnOne={oneOnOne} onChanged={data.reload} />
              </>
            ) : null}
          </section>
        </div>
      </div>
    </div>
  );
}
