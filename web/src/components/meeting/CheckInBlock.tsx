import { type FormEvent, type ReactNode, useId, useState } from "react";
import type { MessageKey } from "../../../../shared/i18n/en.js";
import type { CheckIn } from "../../../../shared/schemas/memory.js";
import { ApiError } from "../../api/client.js";
import { saveCheckIn } from "../../api/memory.js";
import { useFormSubmit } from "../../hooks/useFormSubmit.js";
import { formatRelative } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { FormError, TextAreaField } from "../Field.js";
import { Icon } from "../Icon.js";
import { useToast } from "../Toasts.js";
import { useMeeting } from "./MeetingContext.js";
import { MoodFace, ScaleField } from "./ScaleField.js";

/** The answer, read-only: mood with its face, energy and the note. */
function CheckInAnswer({ checkIn }: { checkIn: CheckIn }) {
  const { t, locale } = useI18n();
  const mood = t(`checkIn.mood.${checkIn.mood}` as MessageKey);
  return (
    <div className="checkin-answer">
      <span className={`checkin-face checkin-face-${checkIn.mood}`}>
        <MoodFace score={checkIn.mood} size={36} />
      </span>
      <div className="checkin-answer-text">
        <p className="checkin-values">
          <strong>{t("checkIn.moodValue", { value: `${mood} (${checkIn.mood}/5)` })}</strong>
          {checkIn.energy ? (
            <span>
              {t("checkIn.energyValue", {
                value: `${t(`checkIn.energy.${checkIn.energy}` as MessageKey)} (${checkIn.energy}/5)`,
              })}
            </span>
          ) : null}
        </p>
        {checkIn.note ? <blockquote className="checkin-note">{checkIn.note}</blockquote> : null}
        <p className="checkin-meta">{t("checkIn.updated", { when: formatRelative(checkIn.updatedAt, locale) })}</p>
      </div>
    </div>
  );
}

/** The teammate's form: mood (required), energy and a note (optional). */
function CheckInForm({ initial, onDone }: { initial: CheckIn | null; onDone: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const { detail, other, ops, reload } = useMeeting();
  const id = useId();
  const [mood, setMood] = useState<number | null>(initial?.mood ?? null);
  const [energy, setEnergy] = useState<number | null>(initial?.energy ?? null);
  const [note, setNote] = useState(initial?.note ?? "");
  const [moodError, setMoodError] = useState<string | null>(null);
  const { busy, formError, send } = useFormSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (mood === null) {
      setMoodError(t("checkIn.moodRequired"));
      document.querySelector<HTMLInputElement>(`input[name="${id}-mood"]`)?.focus();
      return;
    }
    setMoodError(null);
    await send(
      async () => {
        const { checkIn } = await saveCheckIn(detail.meeting.id, { mood, energy, note: note.trim() || null });
        ops.apply((d) => ({ ...d, checkIn }));
        toast.success(t("checkIn.saved"));
        onDone();
      },
      (error) => {
        if (error instanceof ApiError && (error.status === 409 || error.status === 404)) reload();
        return false;
      },
    );
  };

  return (
    <form className="checkin-form" onSubmit={onSubmit} noValidate>
      <ScaleField
        name={`${id}-mood`}
        legend={t("checkIn.mood.legend")}
        scale="checkIn.mood"
        value={mood}
        onChange={(score) => {
          setMood(score);
          setMoodError(null);
        }}
        error={moodError}
        faces
      />
      <ScaleField
        name={`${id}-energy`}
        legend={t("checkIn.energy.legend")}
        scale="checkIn.energy"
        value={energy}
        onChange={setEnergy}
        optional={t("common.optional")}
      />
      {energy !== null ? (
        <button type="button" className="link-button checkin-clear" onClick={() => setEnergy(null)}>
          {t("checkIn.energy.clear")}
        </button>
      ) : null}
      <TextAreaField
        label={t("checkIn.note", { name: other.name })}
        optional={t("common.optional")}
        value={note}
        maxLength={1000}
        rows={2}
        placeholder={t("checkIn.notePlaceholder")}
        onChange={(event) => setNote(event.target.value)}
      />
      <FormError message={formError} />
      <div className="form-actions checkin-actions">
        {initial ? (
          <button type="button" className="btn btn-ghost btn-sm" onClick={onDone}>
            {t("common.cancel")}
          </button>
        ) : null}
        <button type="submit" className="btn btn-primary btn-sm" aria-disabled={busy || undefined}>
          <Icon name="check" size={16} />
          {initial ? t("checkIn.update") : t("checkIn.save")}
        </button>
      </div>
    </form>
  );
}

/** The human check-in: the teammate answers, both see it (the server keeps it from anyone else). */
export function CheckInBlock() {
  const { t } = useI18n();
  const { detail, abilities, isLeader, open, other } = useMeeting();
  const [editing, setEditing] = useState(false);
  const { checkIn } = detail;
  const titleId = useId();
  const teammateName = detail.oneOnOne.teammate.name;

  let body: ReactNode;
  if (!abilities.checkIn) {
    // Not mine to answer (the leader), or no longer: the answer, or why there is none.
    body = checkIn ? (
      <CheckInAnswer checkIn={checkIn} />
    ) : open ? (
      <div className="checkin-empty">
        <p className="checkin-empty-title">{t("checkIn.notAnswered")}</p>
        <p className="panel-empty">{t("checkIn.notAnsweredLead", { name: teammateName })}</p>
      </div>
    ) : (
      <p className="panel-empty">{t("checkIn.noneRecorded")}</p>
    );
  } else if (checkIn && !editing) {
    body = (
      <>
        <CheckInAnswer checkIn={checkIn} />
        <button type="button" className="btn btn-secondary btn-sm checkin-edit" onClick={() => setEditing(true)}>
          <Icon name="pencil" size={16} />
          {t("checkIn.edit")}
        </button>
      </>
    );
  } else {
    body = (
      <>
        <p className="panel-lead">{t("checkIn.leadTeammate", { name: other.name })}</p>
        <CheckInForm initial={checkIn} onDone={() => setEditing(false)} />
      </>
    );
  }

  return (
    <section className="section-extra checkin" aria-labelledby={titleId}>
      <h3 id={titleId} className="section-extra-title">
        <Icon name="pulse" size={16} />
        {isLeader ? t("checkIn.theirs", { name: teammateName }) : t("checkIn.title")}
        <span className="section-extra-private">
          <Icon name="lock" size={14} />
          {t("checkIn.privacy", { name: other.name })}
        </span>
      </h3>
      {body}
    </section>
  );
}
