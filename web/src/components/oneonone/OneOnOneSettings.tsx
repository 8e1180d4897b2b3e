import { type FormEvent, useMemo, useState } from "react";
import type { MessageKey } from "../../../../shared/i18n/translate.js";
import type { UpdateOneOnOneBody } from "../../../../shared/schemas/one-on-ones.js";
import type { Template } from "../../../../shared/schemas/templates.js";
import { type OneOnOneDetail, updateOneOnOne } from "../../api/oneOnOnes.js";
import { SYSTEM_TEMPLATE_ID } from "../../api/templates.js";
import { useFormSubmit } from "../../hooks/useFormSubmit.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { utcToZoned, zonedToUtc } from "../../time/zonedTime.js";
import { type CadenceDraft, CadenceFields, draftFor } from "../cadence/CadenceFields.js";
import { buildCadence } from "../cadence/cadence.js";
import { SchedulePreview } from "../cadence/SchedulePreview.js";
import { type DateTime, DateTimeFields } from "../DateTimeFields.js";
import { FormActions, SubmitButton } from "../Field.js";
import { TimeZoneField } from "../TimeZoneField.js";
import { useToast } from "../Toasts.js";
import { TemplateSelect } from "../templates/TemplateSelect.js";
import { DurationSelect, MinutesSelect } from "./MinutesSelect.js";

/** Reminder choices, in minutes before the meeting (0 = none). */
const REMINDERS = [0, 60, 120, 1440, 2880];

type Props = { oneOnOne: OneOnOneDetail; templates: Template[]; onSaved: () => void; onCancel: () => void };

function initialDraft(oneOnOne: OneOnOneDetail, anchor: DateTime): CadenceDraft {
  const draft = draftFor(
    anchor.date || utcToZoned(oneOnOne.firstMeetingAt, oneOnOne.timezone).date,
    oneOnOne.cadence.frequency,
  );
  return {
    ...draft,
    interval: oneOnOne.cadence.interval ?? draft.interval,
    weekday: oneOnOne.cadence.weekday ?? draft.weekday,
    nth: oneOnOne.cadence.nth ?? draft.nth,
  };
}

/** The leader's settings: rhythm and where it restarts, zone, length and template. Only future meetings change. */
export function OneOnOneSettings({ oneOnOne, templates, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const next = oneOnOne.nextMeeting?.status === "scheduled" ? oneOnOne.nextMeeting : null;
  const anchor = useMemo<DateTime>(() => {
    const local = next ? utcToZoned(next.scheduledAt, oneOnOne.timezone) : null;
    return local ? { date: local.date, time: local.time } : { date: "", time: "" };
  }, [next, oneOnOne.timezone]);
  const [cadence, setCadence] = useState<CadenceDraft>(() => initialDraft(oneOnOne, anchor));
  const [when, setWhen] = useState<DateTime>(anchor);
  const [timeZone, setTimeZone] = useState(oneOnOne.timezone);
  const [duration, setDuration] = useState(oneOnOne.durationMinutes);
  const [templateId, setTemplateId] = useState(oneOnOne.templateId ?? SYSTEM_TEMPLATE_ID);
  const [reminder, setReminder] = useState(oneOnOne.reminderMinutesBefore);
  const { busy, formError, setFormError, send } = useFormSubmit();

  const apiCadence = buildCadence(cadence.frequency, cadence);
  const cadenceChanged =
    JSON.stringify(apiCadence) !==
    JSON.stringify(buildCadence(oneOnOne.cadence.frequency, initialDraft(oneOnOne, anchor)));
  const whenChanged = Boolean(when.date && when.time) && (when.date !== anchor.date || when.time !== anchor.time);
  const at = when.date && when.time ? zonedToUtc(when.date, when.time, timeZone) : null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const patch: UpdateOneOnOneBody = {};
    if (cadenceChanged) patch.cadence = apiCadence;
    if (timeZone !== oneOnOne.timezone) patch.timezone = timeZone;
    if (duration !== oneOnOne.durationMinutes) patch.durationMinutes = duration;
    if (templateId !== (oneOnOne.templateId ?? SYSTEM_TEMPLATE_ID)) patch.templateId = templateId;
    if (reminder !== oneOnOne.reminderMinutesBefore) patch.reminderMinutesBefore = reminder;
    if (at && (whenChanged || timeZone !== oneOnOne.timezone)) patch.nextMeetingAt = at;
    if (Object.keys(patch).length === 0) {
      setFormError(t("oneOnOne.settings.nothing"));
      return;
    }
    if (patch.nextMeetingAt && Date.parse(patch.nextMeetingAt) <= Date.now()) {
      setFormError(t("errors.nextMeetingInPast"));
      return;
    }
    setFormError(null);
    await send(async () => {
      await updateOneOnOne(oneOnOne.id, patch);
      toast.success(t("oneOnOne.settings.saved"));
      onSaved();
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <CadenceFields value={cadence} onChange={setCadence} anchorDate={when.date || anchor.date} />
      <DateTimeFields
        value={when}
        onChange={setWhen}
        dateLabel={next ? t("oneOnOne.settings.nextDate") : t("oneOnOne.settings.startDate")}
        hint={t("oneOnOne.settings.anchorHint")}
      />
      <TimeZoneField value={timeZone} onChange={setTimeZone} mustInclude={[oneOnOne.timezone]} />
      <div className="form-row">
        <DurationSelect value={duration} onChange={setDuration} keep={oneOnOne.durationMinutes} />
        <TemplateSelect templates={templates} value={templateId} onChange={setTemplateId} />
      </div>
      <MinutesSelect
        label={t("oneOnOne.reminder.label")}
        hint={t("oneOnOne.reminder.hint")}
        value={reminder}
        onChange={setReminder}
        choices={REMINDERS}
        keep={oneOnOne.reminderMinutesBefore}
        optionLabel={(minutes) =>
          REMINDERS.includes(minutes)
            ? t(`oneOnOne.reminder.${minutes}` as MessageKey)
            : t("common.minutes", { count: minutes })
        }
      />
      {cadenceChanged || whenChanged ? (
        <SchedulePreview
          firstAt={at}
          cadence={apiCadence}
          timeZone={timeZone}
          durationMinutes={duration}
          startsWith="next"
        />
      ) : null}
      <p className="field-hint">{t("oneOnOne.settings.futureOnly")}</p>
      <FormActions error={formError}>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <SubmitButton busy={busy}>{t("common.saveChanges")}</SubmitButton>
      </FormActions>
    </form>
  );
}
