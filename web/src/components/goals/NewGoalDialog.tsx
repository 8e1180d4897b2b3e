import { type FormEvent, useState } from "react";
import type { Goal } from "../../../../shared/schemas/memory.js";
import { createGoal } from "../../api/goals.js";
import { useFormSubmit } from "../../hooks/useFormSubmit.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Dialog } from "../Dialog.js";
import { FormError, TextAreaField, TextField } from "../Field.js";

type Props = { open: boolean; oneOnOneId: string; onClose: () => void; onCreated: (goal: Goal) => void };

/** Writes down a new development goal: what, why and by when. */
export function NewGoalDialog({ open, oneOnOneId, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const [title, setTitle] = useState("");
  const [why, setWhy] = useState("");
  const [targetDate, setTargetDate] = useState("");
  const [titleError, setTitleError] = useState<string | null>(null);
  const { busy: saving, formError, setFormError, send } = useFormSubmit();

  const close = () => {
    setTitle("");
    setWhy("");
    setTargetDate("");
    setTitleError(null);
    setFormError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleError(t("insights.goals.form.titleRequired"));
      return;
    }
    await send(async () => {
      const { goal } = await createGoal(oneOnOneId, {
        title: title.trim(),
        why: why.trim() || null,
        targetDate: targetDate || null,
      });
      onCreated(goal);
      close();
    });
  };

  return (
    <Dialog open={open} onClose={close} title={t("insights.goals.new")} description={t("insights.goals.form.lead")}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t("insights.goals.form.title")}
          placeholder={t("insights.goals.form.titlePlaceholder")}
          value={title}
          maxLength={300}
          error={titleError}
          onChange={(event) => {
            setTitle(event.target.value);
            setTitleError(null);
          }}
        />
        <TextAreaField
          label={t("insights.goals.form.why")}
          optional={t("common.optional")}
          rows={3}
          maxLength={4000}
          value={why}
          onChange={(event) => setWhy(event.target.value)}
        />
        <TextField
          label={t("insights.goals.form.target")}
          optional={t("common.optional")}
          type="date"
          value={targetDate}
          onChange={(event) => setTargetDate(event.target.value)}
        />
        <FormError message={formError} />
        <div className="form-actions">
          <button type="button" className="btn btn-ghost" onClick={close}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {t("insights.goals.form.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
