import { Link } from "wouter";
import type { Person } from "../../../shared/schemas/people.js";
import { listPeople } from "../api/people.js";
import { OneOnOneGuide } from "../components/home/OneOnOneGuide.js";
import { Icon } from "../components/Icon.js";
import { PageHeader } from "../components/PageHeader.js";
import { ErrorState, LoadingState } from "../components/States.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { canManagePeople } from "../session/currentOrg.js";
import { useSignedIn } from "../session/SessionProvider.js";

type Step = {
  id: string;
  title: string;
  text: string;
  done: boolean;
  soon?: boolean;
  action?: { href: string; label: string };
};

function Checklist({ people, isAdmin, orgName }: { people: Person[]; isAdmin: boolean; orgName: string }) {
  const { t } = useI18n();
  const active = people.filter((p) => p.status === "active");
  const steps: Step[] = [
    {
      id: "invite",
      title: t("home.step.invite.title"),
      text: isAdmin ? t("home.step.invite.text") : t("home.step.invite.memberText", { organization: orgName }),
      done: active.length > 1,
      action: isAdmin ? { href: "/people?invite=1", label: t("home.step.invite.action") } : undefined,
    },
    {
      id: "lines",
      title: t("home.step.lines.title"),
      text: t("home.step.lines.text"),
      done: people.some((p) => p.managerId !== null),
      action: {
        href: isAdmin ? "/people" : "/people/chart",
        label: isAdmin ? t("home.step.lines.action") : t("home.step.lines.view"),
      },
    },
    {
      id: "oneonones",
      title: t("home.step.oneOnOnes.title"),
      text: t("home.step.oneOnOnes.text"),
      done: false,
      soon: true,
    },
  ];
  const done = steps.filter((s) => s.done).length;
  return (
    <section className="card checklist" aria-labelledby="checklist-title">
      <div className="card-header">
        <h2 id="checklist-title">{t("home.checklist.title")}</h2>
        <p className="muted">{t("home.checklist.progress", { done, total: steps.length })}</p>
      </div>
      <div className="progress" aria-hidden="true">
        <span style={{ width: `${(done / steps.length) * 100}%` }} />
      </div>
      <ol className="steps">
        {steps.map((step) => (
          <li key={step.id} className={`step${step.done ? " step-done" : ""}`}>
            <span className="step-status">
              <Icon name={step.done ? "check-circle" : "circle"} size={22} />
            </span>
            <div className="step-body">
              <h3>
                {step.title}
                <span className="visually-hidden">
                  {" "}
                  ({step.done ? t("home.step.done") : step.soon ? t("common.comingSoon") : t("home.step.todo")})
                </span>
              </h3>
              <p>{step.text}</p>
            </div>
            <div className="step-action">
              {step.soon ? (
                <span className="badge badge-neutral" aria-hidden="true">
                  {t("common.comingSoon")}
                </span>
              ) : step.action && !step.done ? (
                <Link href={step.action.href} className="btn btn-secondary btn-sm">
                  {step.action.label}
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Home: a welcome, a checklist driven by real data, and how a good 1:1 runs. */
export default function HomePage() {
  const { t } = useI18n();
  const { me, membership } = useSignedIn();
  const orgId = membership?.organization.id ?? "";
  const people = useResource(() => listPeople(orgId).then((r) => r.people), orgId);
  const firstName = me.user.name.trim().split(/\s+/)[0] ?? me.user.name;
  useDocumentTitle(t("nav.home"));

  return (
    <div className="page">
      <PageHeader title={t("home.title", { name: firstName })} description={t("home.lead")} />
      <div className="home-grid">
        {people.data ? (
          <Checklist
            people={people.data}
            isAdmin={canManagePeople(membership)}
            orgName={membership?.organization.name ?? ""}
          />
        ) : people.error ? (
          <section className="card" aria-label={t("home.checklist.title")}>
            <ErrorState error={people.error} onRetry={people.reload} />
          </section>
        ) : (
          <section className="card" aria-label={t("home.checklist.title")}>
            <LoadingState />
          </section>
        )}
        <OneOnOneGuide />
      </div>
    </div>
  );
}
