import { type FormEvent, useId, useState } from "react";
import { Link } from "wouter";
import type { Goal } from "../../../../shared/schemas/memory.js";
import { errorMessage } from "../../api/errorMessage.js";
import { addGoalProgress, setGoalStatus } from "../../api/goals.js";
import { formatDate, formatPlainDate } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { useToast } from "../Toasts.js";

const STATUS_BADGE = { active: "badge-accent", achieved: "badge-success", dropped: "badge-neutral" } as const;

type Props = { goal: Goal; nameOf: (userId: string) => string; onChange: (goal: Goal) => void };

/** One development goal: why it matters, its progress over time, and what can be done with it. */
export function GoalCard({ goal, nameOf, onChange }: Props) {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const [writing, setWriting] = useState(false);
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);
  const fieldId = useId();
  const titleId = useId();

  const changeStatus = async (status: Goal["status"]) => {
    setBusy(true);
    try {
      const { goal: next } = await setGoalStatus(goal.id, status);
      onChange(next);
      toast.success(t(`insights.goals.toast.${status}`, { title: goal.title }));
    } catch (error) {
      toast.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  const saveProgress = async (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    setBusy(true);
    try {
      const { goal: next } = await addGoalProgress(goal.id, { body: text });
      onChange(next);
      setBody("");
      setWriting(false);
      toast.success(t("insights.goals.progressSaved"));
    } catch (error) {
      toast.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`goal goal-${goal.status}`} aria-labelledby={titleId}>
      <div className="goal-head">
        <h3 id={titleId}>{goal.title}</h3>
        <span className={`badge ${STATUS_BADGE[goal.status]}`}>{t(`insights.goals.status.${goal.status}`)}</span>
      </div>
      {goal.why ? <p className="goal-why">{goal.why}</p> : null}
      <p className="goal-meta">
        {goal.targetDate ? (
          <span>
            <Icon name="flag" size={14} />
            {t("insights.goals.target", { date: formatPlainDate(goal.targetDate, locale) })}
          </span>
        ) : null}
        {goal.actionCount > 0 ? (
          <span>
            <Icon name="list-check" size={14} />
            {t("insights.goals.linked", { done: goal.doneActionCount, total: goal.actionCount })}
          </span>
        ) : null}
      </p>
      {goal.progress.length > 0 ? (
        <ol className="goal-timeline" aria-label={t("insights.goals.progress", { title: goal.title })}>
          {goal.progress.map((p) => {
            const date = formatDate(p.createdAt, locale, timeZone);
            return (
              <li key={p.id}>
                <p>{p.body}</p>
                <p className="goal-by">
                  {p.meetingId ? (
                    <Link href={`/meetings/${p.meetingId}`}>
                      {t("insights.goals.by", { name: nameOf(p.authorId), date })}
                    </Link>
                  ) : (
                    t("insights.goals.by", { name: nameOf(p.authorId), date })
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="goal-empty">{t("insights.goals.noProgress")}</p>
      )}
      {writing ? (
        <form className="goal-form" onSubmit={(event) => void saveProgress(event)}>
          <label htmlFor={fieldId}>{t("insights.goals.progressLabel")}</label>
          <textarea
            id={fieldId}
            className="input textarea"
            rows={2}
            maxLength={4000}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            ref={(el) => el?.focus()}
          />
          <div className="form-actions">
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setWriting(false)}>
              {t("common.cancel")}
            </button>
            <button type="submit" className="btn btn-primary btn-sm" disabled={busy || !body.trim()}>
              {t("common.save")}
            </button>
          </div>
        </form>
      ) : (
        <div className="goal-actions">
          {goal.status === "active" ? (
            <>
              <button type="button" className="btn btn-secondary btn-sm" onClick={() => setWriting(true)}>
                <Icon name="plus" size={16} />
                {t("insights.goals.addProgress")}
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                disabled={busy}
                onClick={() => void changeStatus("achieved")}
              >
                <Icon name="check" size={16} />
                {t("insights.goals.achieve")}
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                disabled={busy}
                onClick={() => void changeStatus("dropped")}
              >
                {t("insights.goals.drop")}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              disabled={busy}
              onClick={() => void changeStatus("active")}
            >
              <Icon name="restore" size={16} />
              {t("insights.goals.reopen")}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
