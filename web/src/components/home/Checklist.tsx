import { Link } from "wouter";
import type { Person } from "../../../../shared/schemas/people.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Card } from "../Card.js";
import { Icon } from "../Icon.js";

type Step = {
  id: string;
  title: string;
  text: string;
  done: boolean;
  action?: { href: string; label: string };
};

/** True once the team is in, reporting lines are set and a 1:1 exists. */
export function checklistComplete(people: Person[], hasOneOnOnes: boolean): boolean {
  const active = people.filter((p) => p.status === "active");
  return active.length > 1 && people.some((p) => p.managerId !== null) && hasOneOnOnes;
}

type ChecklistProps = { people: Person[]; hasOneOnOnes: boolean; isAdmin: boolean; orgName: string };

/** Getting started in a new workspace, driven by real data. */
export function Checklist({ people, hasOneOnOnes, isAdmin, orgName }: ChecklistProps) {
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
      done: hasOneOnOnes,
      action: { href: "/one-on-ones/new", label: t("home.startOneOnOne") },
    },
  ];
  const done = steps.filter((s) => s.done).length;
  return (
    <Card
      titleId="checklist-title"
      title={t("home.checklist.title")}
      lead={t("home.checklist.progress", { done, total: steps.length })}
      className="checklist"
    >
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
                <span className="visually-hidden"> ({step.done ? t("home.step.done") : t("home.step.todo")})</span>
              </h3>
              <p>{step.text}</p>
            </div>
            <div className="step-action">
              {step.action && !step.done ? (
                <Link href={step.action.href} className="btn btn-secondary btn-sm">
                  {step.action.label}
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}
