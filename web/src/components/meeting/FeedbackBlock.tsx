import { useId, useState } from "react";
import type { Feedback, FeedbackKind } from "../../../../shared/schemas/memory.js";
import { ApiError } from "../../api/client.js";
import { giveFeedback } from "../../api/memory.js";
import { useFormSubmit } from "../../hooks/useFormSubmit.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { TextAreaField } from "../Field.js";
import { useToast } from "../Toasts.js";
import { useMeeting } from "./MeetingContext.js";
import { InlineForm, SectionExtraList } from "./SectionExtra.js";

const BADGE: Record<FeedbackKind, string> = {
  praise: "badge-success",
  improvement: "badge-warning",
  upward: "badge-accent",
};

function FeedbackRow({ feedback }: { feedback: Feedback }) {
  const { t } = useI18n();
  const { labelOf } = useMeeting();
  return (
    <li className="feedback-item">
      <p className="feedback-meta">
        <span className={`badge ${BADGE[feedback.kind]}`}>{t(`feedback.kind.${feedback.kind}`)}</span>
        <span>{t("feedback.fromTo", { from: labelOf(feedback.fromUserId), to: labelOf(feedback.toUserId) })}</span>
      </p>
      <p className="feedback-body">{feedback.body}</p>
      {feedback.example ? (
        <p className="feedback-example">{t("feedback.example", { text: feedback.example })}</p>
      ) : null}
    </li>
  );
}

/** Praise or an improvement point (leader), or upward feedback (teammate). */
function FeedbackForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const { detail, isLeader, other, ops, reload } = useMeeting();
  const id = useId();
  const [kind, setKind] = useState<FeedbackKind>(isLeader ? "praise" : "upward");
  const [body, setBody] = useState("");
  const [example, setExample] = useState("");
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [exampleError, setExampleError] = useState<string | null>(null);
  const submit = useFormSubmit();

  const onSubmit = () => {
    const text = body.trim();
    const ex = example.trim();
    const missingBody = !text;
    const missingExample = kind === "improvement" && !ex;
    setBodyError(missingBody ? t("feedback.bodyRequired") : null);
    setExampleError(missingExample ? t("feedback.exampleRequired") : null);
    if (missingBody || missingExample) return;
    return submit.send(
      async () => {
        const { feedback } = await giveFeedback(detail.meeting.id, { kind, body: text, example: ex || null });
        ops.apply((d) => ({ ...d, feedback: [...d.feedback.filter((f) => f.id !== feedback.id), feedback] }));
        toast.success(t("feedback.saved"));
        onDone();
      },
      (error) => {
        if (error instanceof ApiError && (error.status === 409 || error.status === 404)) reload();
        if (!(error instanceof ApiError && error.code === "example_required")) return false;
        setExampleError(t("feedback.exampleRequired"));
        return true;
      },
    );
  };

  return (
    <InlineForm
      className="feedback-form"
      onSubmit={onSubmit}
      submit={submit}
      onCancel={onDone}
      submitLabel={t("feedback.submit")}
    >
      {isLeader ? (
        <fieldset className="feedback-kinds">
          <legend className="field-label">{t("feedback.kindLegend")}</legend>
          {(["praise", "improvement"] as const).map((k) => (
            <label key={k} className="feedback-kind">
              <input
                type="radio"
                name={`${id}-kind`}
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setExampleError(null);
                }}
              />
              <span className="feedback-kind-text">
                <span className="feedback-kind-name">{t(`feedback.kind.${k}`)}</span>
                <span className="feedback-kind-hint">
                  {k === "praise" ? t("feedback.kindPraiseHint") : t("feedback.kindImprovementHint")}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <TextAreaField
        label={t("feedback.body")}
        value={body}
        rows={2}
        maxLength={4000}
        placeholder={
          isLeader ? t("feedback.bodyPlaceholderLeader") : t("feedback.bodyPlaceholderUpward", { name: other.name })
        }
        error={bodyError}
        onChange={(event) => setBody(event.target.value)}
      />
      <TextAreaField
        label={t("feedback.exampleLabel")}
        optional={kind === "improvement" ? undefined : t("common.optional")}
        hint={t("feedback.exampleHint")}
        value={example}
        rows={2}
        maxLength={4000}
        error={exampleError}
        aria-required={kind === "improvement" || undefined}
        onChange={(event) => setExample(event.target.value)}
      />
    </InlineForm>
  );
}

/** Two-way feedback: what was said in this meeting, and a form to add more while I may. */
export function FeedbackBlock() {
  const { t } = useI18n();
  const { detail, isLeader, abilities, other } = useMeeting();
  const open = abilities.giveFeedback;
  const { feedback } = detail;

  return (
    <SectionExtraList
      kind="feedback"
      icon="chat"
      title={t("feedback.title")}
      lead={
        open ? (isLeader ? t("feedback.guidanceLeader") : t("feedback.guidanceTeammate", { name: other.name })) : null
      }
      list={
        feedback.length > 0 ? (
          <ul className="feedback-list" aria-label={t("feedback.listLabel")}>
            {feedback.map((f) => (
              <FeedbackRow key={f.id} feedback={f} />
            ))}
          </ul>
        ) : null
      }
      empty={open ? t("feedback.empty") : t("feedback.emptyRecord")}
      open={open}
      addLabel={t("feedback.open")}
      form={(onDone) => <FeedbackForm onDone={onDone} />}
    />
  );
}
