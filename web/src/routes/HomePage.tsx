import { Link } from "wouter";
import type { Home } from "../../../shared/schemas/meetings.js";
import type { Person } from "../../../shared/schemas/people.js";
import { getHome } from "../api/meetings.js";
import { listPeople } from "../api/people.js";
import { sortActions } from "../components/actions/actionDates.js";
import { Card } from "../components/Card.js";
import { Checklist, checklistComplete } from "../components/home/Checklist.js";
import { MyOpenActions } from "../components/home/MyOpenActions.js";
import { OneOnOneGuide } from "../components/home/OneOnOneGuide.js";
import { UpNext } from "../components/home/UpNext.js";
import { StartOneOnOne } from "../components/oneonone/StartOneOnOne.js";
import { PageHeader } from "../components/PageHeader.js";
import { ErrorState, LoadingState } from "../components/States.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { canManagePeople } from "../session/currentOrg.js";
import { useSignedIn } from "../session/SessionProvider.js";

const WEEK_MS = 7 * 24 * 3600 * 1000;

async function loadHome(orgId: string): Promise<{ home: Home; people: Person[] }> {
  const [home, people] = await Promise.all([getHome(), listPeople(orgId)]);
  return { home: { ...home, openActions: sortActions(home.openActions) }, people: people.people };
}

/** Home: my next 1:1s and open actions first; the getting-started checklist and guide while the workspace is new. */
export default function HomePage() {
  const { t, tn } = useI18n();
  const { me, membership } = useSignedIn();
  const orgId = membership?.organization.id ?? "";
  const data = useResource(() => loadHome(orgId), orgId);
  const firstName = me.user.name.trim().split(/\s+/)[0] ?? me.user.name;
  useDocumentTitle(t("nav.home"));

  const home = data.data?.home;
  const soon = home ? home.upcoming.filter((u) => Date.parse(u.meeting.scheduledAt) - Date.now() < WEEK_MS).length : 0;
  const startButton = <StartOneOnOne />;

  if (!data.data || !home) {
    return (
      <div className="page">
        <PageHeader title={t("home.title", { name: firstName })} description={t("home.lead")} />
        {data.error ? <ErrorState error={data.error} onRetry={data.reload} /> : <LoadingState />}
      </div>
    );
  }

  const people = data.data.people;
  const isAdmin = canManagePeople(membership);
  const hasOneOnOnes = home.upcoming.length > 0 || home.openActions.length > 0;
  // The server says whether the caller leads anyone: a member who doesn't never sees the leader's setup.
  const canStart = home.abilities.startOneOnOne;
  const showChecklist = canStart && !checklistComplete(people, hasOneOnOnes);

  return (
    <div className="page">
      <PageHeader
        title={t("home.title", { name: firstName })}
        description={hasOneOnOnes ? tn("home.lead.week", soon) : t("home.lead")}
        actions={canStart && home.upcoming.length > 0 ? startButton : undefined}
      />
      <div className="dashboard-grid">
        <section className="dashboard-main" aria-labelledby="up-next-title">
          <div className="section-header">
            <h2 id="up-next-title">{t("home.upNext.title")}</h2>
            {home.upcoming.length > 0 ? (
              <Link href="/one-on-ones" className="section-link">
                {t("home.upNext.all")}
              </Link>
            ) : null}
          </div>
          <UpNext upcoming={home.upcoming} canStart={canStart} />
        </section>
        <Card
          titleId="my-actions-title"
          title={t("home.actions.title")}
          lead={t("home.actions.lead")}
          className="dashboard-side"
        >
          <MyOpenActions
            actions={home.openActions}
            onChange={(openActions) => data.setData((d) => (d ? { ...d, home: { ...d.home, openActions } } : d))}
          />
        </Card>
      </div>
      {showChecklist || !hasOneOnOnes ? (
        <div className="home-grid section">
          {showChecklist ? (
            <Checklist
              people={people}
              hasOneOnOnes={hasOneOnOnes}
              isAdmin={isAdmin}
              orgName={membership?.organization.name ?? ""}
            />
          ) : null}
          <OneOnOneGuide />
        </div>
      ) : null}
    </div>
  );
}
