import { Link, useParams } from "wouter";
import { ApiError } from "../api/client.js";
import { getPairInsights } from "../api/insights.js";
import { getOneOnOne } from "../api/oneOnOnes.js";
import { Avatar } from "../components/Avatar.js";
import { GoalsSection } from "../components/goals/GoalsSection.js";
import { AlertList } from "../components/insights/dashboard/AlertList.js";
import { CadenceTiles } from "../components/insights/pair/CadenceTiles.js";
import { FeedbackHistory } from "../components/insights/pair/FeedbackHistory.js";
import { MoodChart } from "../components/insights/pair/MoodChart.js";
import { UsefulnessChart } from "../components/insights/pair/UsefulnessChart.js";
import { RatingSharingField } from "../components/meeting/RatingSharingField.js";
import { ErrorState, LoadingState } from "../components/States.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { useSignedIn } from "../session/SessionProvider.js";
import NotFoundPage from "./NotFoundPage.js";
import "../styles/insights.css";
import "../styles/pair-insights.css";

async function loadPair(id: string) {
  const [oneOnOne, insights] = await Promise.all([getOneOnOne(id), getPairInsights(id)]);
  return { oneOnOne, insights };
}

/** One pair's trends: cadence health, mood, usefulness, goals and feedback (the two participants only). */
export default function PairInsightsPage() {
  const { t } = useI18n();
  const { id = "" } = useParams<{ id: string }>();
  const { me } = useSignedIn();
  const data = useResource(() => loadPair(id), id);
  const oneOnOne = data.data?.oneOnOne;
  const isLeader = oneOnOne?.leader.id === me.user.id;
  const other = oneOnOne ? (isLeader ? oneOnOne.teammate : oneOnOne.leader) : null;
  useDocumentTitle(other ? t("insights.pair.title", { name: other.name }) : t("insights.dashboard.trends"));

  if (data.error instanceof ApiError && data.error.status === 404) return <NotFoundPage />;
  if (!data.data || !oneOnOne || !other) {
    return (
      <div className="page">
        {data.error ? <ErrorState error={data.error} onRetry={data.reload} /> : <LoadingState />}
      </div>
    );
  }

  const { insights } = data.data;
  const nameOf = (userId: string) => (userId === me.user.id ? t("common.you") : other.name);

  return (
    <div className="page insights-page">
      <p className="breadcrumb">
        <Link href="/one-on-ones">{t("nav.oneOnOnes")}</Link>
        <span aria-hidden="true"> › </span>
        <Link href={`/one-on-ones/${oneOnOne.id}`}>{t("meeting.allOneOnOnes", { name: other.name })}</Link>
      </p>
      <header className="1:1-header insights-header">
        <Avatar name={other.name} seed={other.id} />
        <div>
          <h1>{t("insights.pair.title", { name: other.name })}</h1>
          <p className="page-lead">
            {isLeader ? t("insights.pair.leadLeader", { name: other.name }) : t("insights.pair.leadTeammate")}
          </p>
        </div>
      </header>

      {isLeader && insights.alerts.length > 0 ? (
        <div className="insights-attention">
          <AlertList
            alerts={insights.alerts}
            daysSinceLast={insights.cadence.daysSinceLast}
            label={t("insights.pair.attention")}
          />
        </div>
      ) : null}

      <div className="insights-stack">
        <CadenceTiles cadence={insights.cadence} />
        <div className="insights-pair-charts">
          <MoodChart mood={insights.mood} isLeader={isLeader} name={other.name} />
          <UsefulnessChart
            ratings={insights.ratings}
            isLeader={isLeader}
            name={other.name}
            sharing={
              <RatingSharingField
                oneOnOneId={oneOnOne.id}
                sharing={insights.ratingSharing}
                leaderName={oneOnOne.leader.name}
                teammateName={oneOnOne.teammate.name}
                onChanged={data.reload}
              />
            }
          />
        </div>
        <div className="insights-columns">
          <GoalsSection oneOnOneId={oneOnOne.id} isLeader={isLeader} name={other.name} nameOf={nameOf} />
          <FeedbackHistory oneOnOneId={oneOnOne.id} meId={me.user.id} name={other.name} />
        </div>
      </div>
    </div>
  );
}
