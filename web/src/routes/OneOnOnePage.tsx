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
import "../styles/series.css";

async function loadSeries(id: string): Promise<{ series: OneOnOneDetail; templates: Template[] }> {
  const series = await getOneOnOne(id);
  const templates = await listTemplates(series.organizationId).then(
    (r) => r.templates,
    () => [] as Template[],
  );
  return { series, templates };
}

/** One pair's 1:1s: what's next, what happened, what stays on every agenda, and the leader's settings. */
export default function OneOnOnePage() {
  const { t, locale, timeZone } = useI18n();
  const { id = "" } = useParams<{ id: string }>();
  const { me } = useSignedIn();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const data = useResource(() => loadSeries(id), id);
  const series = data.data?.series;
  const other = series ? counterpartOf(series, me.user.id) : null;
  useDocumentTitle(other ? t("meeting.series", { name: other.name }) : t("nav.oneOnOnes"));

  if (!series || !other || !data.data) {
    return (
      <div className="page">
        {data.error ? <ErrorState error={data.error} onRetry={data.reload} /> : <LoadingState />}
      </div>
    );
  }

  const isLeader = series.leader.id === me.user.id;
  const templates = data.data.templates;
  const template = templates.find((tpl) => tpl.id === (series.templateId ?? SYSTEM_TEMPLATE_ID));
  const nameOf = (userId: string) =>
    userId === me.user.id ? t("common.you") : userId === other.id ? other.name : t("meeting.someone");
  const today = todayIn(timeZone);
  const setAction = (next: ActionItem) =>
    data.setData((d) =>
      d
        ? { ...d, series: { ...d.series, openActions: d.series.openActions.map((a) => (a.id === next.id ? next : a)) } }
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
      <header className="series-header">
        <Avatar name={other.name} seed={other.id} />
        <div>
          <h1>{t("meeting.series", { name: other.name })}</h1>
          <p className="series-meta">
            <span className="badge badge-neutral">{t(`kind.${series.kind}` as MessageKey)}</span>
            <span
              className={`badge ${series.status === "active" ? "badge-accent" : series.status === "paused" ? "badge-warning" : "badge-neutral"}`}
            >
              {t(`series.status.${series.status}` as MessageKey)}
            </span>
            <span>{describeCadence(t, locale, series.cadence, oneOnOneWeekday(series))}</span>
            <span>{t("common.minutes", { count: series.durationMinutes })}</span>
            <span>{t("series.zone", { zone: zoneCity(series.timezone) })}</span>
          </p>
          <p className="muted">
            {isLeader ? t("series.youLead", { name: other.name }) : t("series.theyLead", { name: other.name })}
          </p>
        </div>
        <Link href={`/one-on-ones/${series.id}/insights`} className="btn btn-secondary series-trends">
          <Icon name="chart" size={16} />
          {t("insights.dashboard.trends")}
          <span className="visually-hidden"> {t("insights.dashboard.trendsFor", { name: other.name })}</span>
        </Link>
      </header>

      <div className="series-grid">
        <div className="series-main">
          <NextMeetingCard series={series} isLeader={isLeader} onChanged={data.reload} />
          <HistoryTimeline oneOnOneId={series.id} nameOf={nameOf} />
        </div>
        <div className="series-side">
          <Card titleId="open-actions-title" title={t("series.openActions")}>
            {series.openActions.length > 0 ? (
              <ul className="action-list">
                {series.openActions.map((action) => (
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
              <p className="muted card-empty">{t("series.noOpenActions")}</p>
            )}
          </Card>
          <StandingItems
            oneOnOneId={series.id}
            items={series.standingItems}
            sections={template?.sections ?? []}
            canEdit={series.status !== "ended"}
            onChange={(standingItems) =>
              data.setData((d) => (d ? { ...d, series: { ...d.series, standingItems } } : d))
            }
          />
          <section className="card" aria-labelledby="settings-title">
            <div className="card-header">
              <h2 id="settings-title">
                <Icon name="settings" />
                {t("series.settings.title")}
              </h2>
              {isLeader ? null : (
                <p className="muted">{t("series.settings.leaderOnly", { name: series.leader.name })}</p>
              )}
            </div>
            {isLeader && editing ? (
              <OneOnOneSettings
                key={series.nextMeeting?.scheduledAt ?? "none"}
                series={series}
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
                    <dd>{describeCadence(t, locale, series.cadence, oneOnOneWeekday(series))}</dd>
                  </div>
                  <div>
                    <dt>{t("fields.template")}</dt>
                    <dd>{template?.name ?? t("series.templateUnknown")}</dd>
                  </div>
                  <div>
                    <dt>{t("fields.timezone")}</dt>
                    <dd>{zoneCity(series.timezone)}</dd>
                  </div>
                </dl>
                {isLeader && series.status !== "ended" ? (
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm settings-edit"
                    onClick={() => setEditing(true)}
                  >
                    <Icon name="pencil" size={16} />
                    {t("series.settings.edit")}
                  </button>
                ) : null}
              </>
            )}
            {isLeader ? (
              <>
                <hr className="divider" />
                <OneOnOneStatusControls series={series} onChanged={data.reload} />
              </>
            ) : null}
          </section>
        </div>
      </div>
    </div>
  );
}
