import { useId, useState } from "react";
import type { Goal } from "../../../../shared/schemas/memory.js";
import { ApiError } from "../../api/client.js";
import { errorMessage } from "../../api/errorMessage.js";
import { addGoalProgress, createGoal, updateGoal } from "../../api/goals.js";
import { useFormSubmit } from "../../hooks/useFormSubmit.js";
import { formatDate, formatPlainDate } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { TextAreaField, TextField } from "../Field.js";
import { Icon } from "../Icon.js";
import { useMeeting } from "../meeting/MeetingContext.js";
import { InlineForm, SectionExtraList } from "../meeting/SectionExtra.js";
import { useToast } from "../Toasts.js";

/** Replaces a goal in the page's copy, or removes it once it is no longer active. */
const withGoal = (goals: Goal[], goal: Goal) =>
  goal.status === "active"
    ? goals.some((g) => g.id === goal.id)
      ? goals.map((g) => (g.id === goal.id ? goal : g))
      : [...goals, goal]
    : goals.filter((g) => g.id !== goal.id);

function ProgressForm({ goal, onDone }: { goal: Goal; onDone: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const { detail, ops } = useMeeting();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = useFormSubmit();

  const onSubmit = () => {
    if (!body.trim()) {
      setError(t("goals.progressRequired"));
      return;
    }
    setError(null);
    return submit.send(
      async () => {
        const saved = await addGoalProgress(goal.id, { body: body.trim(), meetingId: detail.meeting.id });
        ops.apply((d) => ({ ...d, goals: withGoal(d.goals, saved.goal) }));
        toast.success(t("goals.progressSaved"));
        onDone();
      },
      (e) => {
        setError(errorMessage(t, e));
        return true;
      },
    );
  };

  return (
    <InlineForm
      className="goal-form"
      onSubmit={onSubmit}
      submit={submit}
      showFormError={false}
      onCancel={onDone}
      submitLabel={t("goals.progressSave")}
    >
      <TextAreaField
        label={t("goals.progressField")}
        value={body}
        rows={2}
        maxLength={4000}
        error={error}
        onChange={(event) => setBody(event.target.value)}
      />
    </InlineForm>
  );
}

function GoalItem({ goal, editable }: { goal: Goal; editable: boolean }) {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const { detail, nameOf, ops, reload } = useMeeting();
  const [noting, setNoting] = useState(false);
  const [dropping, setDropping] = useState(false);
  const titleId = useId();

  const setStatus = async (status: "achieved" | "dropped") => {
    try {
      const saved = await updateGoal(goal.id, { status });
      ops.apply((d) => ({ ...d, goals: withGoal(d.goals, saved.goal) }));
      toast.success(
        status === "achieved"
          ? t("goals.achievedToast", { title: goal.title })
          : t("goals.droppedToast", { title: goal.title }),
      );
    } catch (error) {
      toast.error(errorMessage(t, error));
      if (error instanceof ApiError && error.status === 404) reload();
    }
  };

  return (
    <li className="goal-item" aria-labelledby={titleId}>
      <div className="goal-head">
        <p id={titleId} className="goal-title">
          {goal.title}
        </p>
        <p className="goal-meta">
          {goal.targetDate ? (
            <span>{t("goals.target", { date: formatPlainDate(goal.targetDate, locale) })}</span>
          ) : null}
          {goal.actionCount > 0 ? (
            <span>{t("goals.actions", { done: goal.doneActionCount, total: goal.actionCount })}</span>
          ) : null}
        </p>
      </div>
      {goal.why ? <p className="goal-why">{t("goals.why", { text: goal.why })}</p> : null}
      {goal.progress.length > 0 ? (
        <ul className="goal-progress" aria-label={t("goals.progressLabel", { title: goal.title })}>
          {goal.progress.map((p) => (
            <li key={p.id}>
              <span className="goal-progress-date">
                {formatDate(p.createdAt, locale, timeZone)}
                {p.meetingId === detail.meeting.id ? ` · ${t("goals.progressThisMeeting")}` : ""} · {nameOf(p.authorId)}
              </span>
              <span className="goal-progress-body">{p.body}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="goal-why">{t("goals.noProgress")}</p>
      )}
      {editable ? (
        <>
          <div className="goal-actions">
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              aria-expanded={noting}
              onClick={() => setNoting((n) => !n)}
            >
              <Icon name="pencil" size={16} />
              {t("goals.addProgress")}
              <span className="visually-hidden"> — {goal.title}</span>
            </button>
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => void setStatus("achieved")}>
              <Icon name="check-circle" size={16} />
              {t("goals.achieve")}
              <span className="visually-hidden"> — {goal.title}</span>
            </button>
            <button type="button" className="btn btn-ghost-danger btn-sm" onClick={() => setDropping(true)}>
              {t("goals.drop")}
              <span className="visually-hidden"> — {goal.title}</span>
            </button>
          </div>
          {noting ? <ProgressForm goal={goal} onDone={() => setNoting(false)} /> : null}
          <ConfirmDialog
            open={dropping}
            title={t("goals.dropTitle", { title: goal.title })}
            message={t("goals.dropText")}
            confirmLabel={t("goals.drop")}
            onConfirm={() => setStatus("dropped")}
            onClose={() => setDropping(false)}
          />
        </>
      ) : null}
    </li>
  );
}

function NewGoalForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const { detail, ops } = useMeeting();
  const [title, setTitle] = useState("");
  const [why, setWhy] = useState("");
  const [targetDate, setTargetDate] = useState("");
  const [titleError, setTitleError] = useState<string | null>(null);
  const submit = useFormSubmit();

  const onSubmit = () => {
    if (!title.trim()) {
      setTitleError(t("goals.titleRequired"));
      return;
    }
    setTitleError(null);
    return submit.send(async () => {
      const { goal } = await createGoal(detail.oneOnOne.id, {
        title: title.trim(),
        why: why.trim() || null,
        targetDate: targetDate || null,
      });
      ops.apply((d) => ({ ...d, goals: withGoal(d.goals, goal) }));
      toast.success(t("goals.created"));
      onDone();
    });
  };

  return (
    <InlineForm
      className="goal-form"
      onSubmit={onSubmit}
      submit={submit}
      onCancel={onDone}
      submitLabel={t("goals.create")}
    >
      <TextField
        label={t("goals.titleField")}
        value={title}
        maxLength={300}
        autoComplete="off"
        placeholder={t("goals.titlePlaceholder")}
        error={titleError}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextAreaField
        label={t("goals.whyField")}
        optional={t("common.optional")}
        value={why}
        rows={2}
        maxLength={4000}
        onChange={(event) => setWhy(event.target.value)}
      />
      <TextField
        label={t("goals.targetField")}
        optional={t("common.optional")}
        type="date"
        value={targetDate}
        onChange={(event) => setTargetDate(event.target.value)}
      />
    </InlineForm>
  );
}

/** The teammate's active development goals: progress noted per meeting, achieved or dropped. */
export function GoalsBlock() {
  const { t } = useI18n();
  const { detail, open, isLeader } = useMeeting();
  const name = detail.oneOnOne.teammate.name;
  const { goals } = detail;
  // The goals are the teammate's: to the teammate, they are "yours", not "João's".
  const lead = isLeader ? t("goals.lead", { name }) : t("goals.leadMine");
  const empty = isLeader ? t("goals.empty", { name }) : t("goals.emptyMine");

  return (
    <SectionExtraList
      kind="goals"
      icon="flag"
      title={t("goals.title")}
      lead={open && goals.length > 0 ? lead : null}
      list={
        goals.length > 0 ? (
          <ul className="goal-list">
            {goals.map((goal) => (
              <GoalItem key={goal.id} goal={goal} editable={open} />
            ))}
          </ul>
        ) : null
      }
      empty={open ? empty : t("goals.emptyRecord")}
      open={open}
      addLabel={t("goals.add")}
      form={(onDone) => <NewGoalForm onDone={onDone} />}
    />
  );
}
