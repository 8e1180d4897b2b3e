import { type FormEvent, useId, useState } from "react";
import { useI18n } from "../../i18n/I18nProvider.js";
import { ActionFields } from "../actions/ActionFields.js";
import { newNextStepCount } from "../actions/actionDates.js";
import { useActionDraft } from "../actions/useActionDraft.js";
import { Icon } from "../Icon.js";
import { MeetingActionRow } from "./MeetingActionRow.js";
import { useMeeting } from "./MeetingContext.js";
import { MeetingPanel } from "./MeetingPanel.js";

/** Id of the new next step's title field, for the `x` shortcut. */
export const NEXT_STEP_INPUT_ID = "next-step-title";
const ADVISED_MAX = 2;

/** This meeting's next steps: the list, a gentle warning past two, and a quick add form. */
export function NextSteps({ canAdd }: { canAdd: boolean }) {
  const { t, tn } = useI18n();
  const { detail, meId, ops, open } = useMeeting();
  const { teammate, leader } = detail.oneOnOne;
  const { draft, setDraft, titleError, checkedTitle } = useActionDraft({
    title: "",
    ownerId: teammate.id,
    dueDate: "",
  });
  const [goalId, setGoalId] = useState("");
  const goalFieldId = useId();
  const goals = detail.goals;
  const mine = detail.actionItems.filter((a) => !a.followUp);
  const count = newNextStepCount(mine);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const title = checkedTitle();
    if (!title) return;
    const linked = goals.some((g) => g.id === goalId) ? goalId : null;
    const input = {
      title,
      ownerId: draft.ownerId,
      dueDate: draft.dueDate || null,
      ...(linked ? { goalId: linked } : {}),
    };
    setDraft((d) => ({ ...d, title: "", dueDate: "" }));
    if (!(await ops.addAction(input))) setDraft((d) => ({ ...d, title, dueDate: input.dueDate ?? "" }));
  };

  return (
    <MeetingPanel titleId="next-steps-title" icon="flag" title={t("actions.nextSteps")} count={count}>
      {mine.length > 0 ? (
        <ul className="action-list">
          {mine.map((action) => (
            <MeetingActionRow key={action.id} action={action} />
          ))}
        </ul>
      ) : (
        <p className="panel-empty">{canAdd ? t("actions.emptyNew") : t("record.noSteps")}</p>
      )}
      {open && count > ADVISED_MAX ? (
        <p className="callout callout-warning next-steps-warning" role="status">
          <Icon name="alert" />
          <span>{tn("actions.tooMany", count)}</span>
        </p>
      ) : null}
      {canAdd ? (
        <form className="add-action" onSubmit={onSubmit} noValidate>
          <ActionFields
            value={draft}
            onChange={setDraft}
            people={[teammate, leader]}
            meId={meId}
            titleId={NEXT_STEP_INPUT_ID}
            titleError={titleError}
          />
          {goals.length > 0 ? (
            <div className="field">
              <label htmlFor={goalFieldId}>
                {t("goals.linkField")} <span className="field-optional">{t("common.optional")}</span>
              </label>
              <select
                id={goalFieldId}
                className="input select input-compact"
                value={goalId}
                onChange={(event) => setGoalId(event.target.value)}
              >
                <option value="">{t("goals.linkNone")}</option>
                {goals.map((goal) => (
                  <option key={goal.id} value={goal.id}>
                    {goal.title}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <button type="submit" className="btn btn-secondary btn-sm">
            <Icon name="plus" size={16} />
            {t("actions.add")}
          </button>
        </form>
      ) : null}
    </MeetingPanel>
  );
}
