import { useEffect, useState } from "react";
import type { Goal } from "../../../../shared/schemas/memory.js";
import { listGoals } from "../../api/goals.js";
import { useResource } from "../../hooks/useResource.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { ErrorState, LoadingState } from "../States.js";
import { useToast } from "../Toasts.js";
import { GoalCard } from "./GoalCard.js";
import { NewGoalDialog } from "./NewGoalDialog.js";

const ORDER: Record<Goal["status"], number> = { active: 0, achieved: 1, dropped: 2 };

type Props = { oneOnOneId: string; isLeader: boolean; name: string; nameOf: (userId: string) => string };

/** The teammate's development goals with their progress; both participants can add and update them. */
export function GoalsSection({ oneOnOneId, isLeader, name, nameOf }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const data = useResource(() => listGoals(oneOnOneId).then((r) => r.goals), oneOnOneId);
  const [adding, setAdding] = useState(false);
  const goals = [...(data.data ?? [])].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  const loaded = data.data !== undefined;

  // Search results for goals link here with #goals: bring the section into view once it has content.
  useEffect(() => {
    if (loaded && window.location.hash === "#goals")
      document.getElementById("goals")?.scrollIntoView({ block: "start" });
  }, [loaded]);

  const replace = (goal: Goal) => data.setData((list) => list?.map((g) => (g.id === goal.id ? goal : g)));

  return (
    <section className="card" id="goals" aria-labelledby="goals-title">
      <div className="card-header card-header-row">
        <div>
          <h2 id="goals-title">{t("insights.goals.title")}</h2>
          <p className="muted">
            {isLeader ? t("insights.goals.leadLeader", { name }) : t("insights.goals.leadTeammate")}
          </p>
        </div>
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => setAdding(true)}>
          <Icon name="plus" size={16} />
          {t("insights.goals.new")}
        </button>
      </div>
      {!data.data ? (
        data.error ? (
          <ErrorState error={data.error} onRetry={data.reload} />
        ) : (
          <LoadingState />
        )
      ) : goals.length === 0 ? (
        <p className="muted card-empty">{t("insights.goals.empty")}</p>
      ) : (
        <ul className="goal-list">
          {goals.map((goal) => (
            <GoalCard key={goal.id} goal={goal} nameOf={nameOf} onChange={replace} />
          ))}
        </ul>
      )}
      <NewGoalDialog
        open={adding}
        oneOnOneId={oneOnOneId}
        onClose={() => setAdding(false)}
        onCreated={(goal) => {
          data.setData((list) => [goal, ...(list ?? [])]);
          toast.success(t("insights.goals.created", { title: goal.title }));
        }}
      />
    </section>
  );
}
