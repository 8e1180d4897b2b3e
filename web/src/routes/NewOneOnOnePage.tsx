import { type FormEvent, useMemo, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import type { OneOnOneKind } from "../../../shared/schemas/one-on-ones.js";
import { ApiError } from "../api/client.js";
import { errorMessage } from "../api/errorMessage.js";
import { createOneOnOne, listOneOnOnes } from "../api/oneOnOnes.js";
import { listPeople } from "../api/people.js";
import { listTemplates, SYSTEM_TEMPLATE_ID } from "../api/templates.js";
import { type CadenceDraft, CadenceFields, draftFor } from "../components/cadence/CadenceFields.js";
import { buildCadence } from "../components/cadence/cadence.js";
import { SchedulePreview } from "../components/cadence/SchedulePreview.js";
import { type DateTime, DateTimeFields } from "../components/DateTimeFields.js";
import { FormActions, SubmitButton } from "../components/Field.js";
import { BackToOneOnOnes } from "../components/oneonone/BackToOneOnOnes.js";
import { KindPicker } from "../components/oneonone/KindPicker.js";
import { DurationSelect } from "../components/oneonone/MinutesSelect.js";
import { PersonSelect } from "../components/oneonone/PersonSelect.js";
import { PageHeader } from "../components/PageHeader.js";
import { LoadedPage } from "../components/States.js";
import { TimeZoneField } from "../components/TimeZoneField.js";
import { useToast } from "../components/Toasts.js";
import { TemplateSelect } from "../components/templates/TemplateSelect.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useFormSubmit } from "../hooks/useFormSubmit.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { canManagePeople } from "../session/currentOrg.js";
import { useSignedIn } from "../session/SessionProvider.js";
import { addDays, todayIn, weekdayOf, zonedToUtc } from "../time/zonedTime.js";

/** Tomorrow, or the Monday after when tomorrow falls on a weekend. */
function nextWorkday(today: string): string {
  let day = addDays(today, 1);
  while (weekdayOf(day) >= 5) day = addDays(day, 1);
  return day;
}

async function loadForm(orgId: string) {
  const [people, templates, oneOnOne] = await Promise.all([listPeople(orgId), listTemplates(orgId), listOneOnOnes()]);
  return { people: people.people, templates: templates.templates, oneOnOne: oneOnOne.oneOnOnes };
}

/** Start a 1:1: who, what kind, how often, when, and with which template — with a live preview. */
export default function NewOneOnOnePage() {
  const { t, timeZone: myZone } = useI18n();
  const toast = useToast();
  const [, navigate] = useLocation();
  const search = useSearch();
  const { me, membership } = useSignedIn();
  const orgId = membership?.organization.id ?? "";
  const isAdmin = canManagePeople(membership);
  const data = useResource(() => loadForm(orgId), orgId);
  useDocumentTitle(t("newOneOnOne.title"));

  const firstDate = useMemo(() => nextWorkday(todayIn(me.user.timezone)), [me.user.timezone]);
  const [teammateId, setTeammateId] = useState(() => new URLSearchParams(search).get("teammate") ?? "");
  const [leaderId, setLeaderId] = useState(me.user.id);
  const [kind, setKind] = useState<OneOnOneKind>("manager");
  const [cadence, setCadence] = useState<CadenceDraft>(() => draftFor(firstDate));
  const [when, setWhen] = useState<DateTime>({ date: firstDate, time: "10:00" });
  const [timeZone, setTimeZone] = useState(me.user.timezone || myZone);
  const [duration, setDuration] = useState(45);
  const [templateId, setTemplateId] = useState(SYSTEM_TEMPLATE_ID);
  const [errors, setErrors] = useState<{ teammate?: string; date?: string; interval?: string }>({});
  const { busy, formError, setFormError, send } = useFormSubmit({ staysBusy: true });

  const firstAt = when.date && when.time ? zonedToUtc(when.date, when.time, timeZone) : null;
  const apiCadence = buildCadence(cadence.frequency, cadence);
  const people = data.data?.people ?? [];
  const teammate = people.find((p) => p.userId === teammateId);
  const existing = data.data?.oneOnOne.find(
    (s) => s.teammate.id === teammateId && s.leader.id === leaderId && s.kind === kind && s.status !== "ended",
  );

  const setDate = (next: DateTime) => {
    setWhen(next);
    // A monthly rhythm follows the first date until someone picks otherwise.
    if (next.date && next.date !== when.date && cadence.frequency === "monthly_nth_weekday")
      setCadence(draftFor(next.date, cadence.frequency));
  };

  const validate = () => {
    const found: typeof errors = {};
    if (!teammateId) found.teammate = t("newOneOnOne.teammateRequired");
    if (!firstAt) found.date = t("newOneOnOne.dateRequired");
    else if (Date.parse(firstAt) < Date.now() - 60_000) found.date = t("errors.firstMeetingInPast");
    if (cadence.frequency === "every_n_weeks" && !(cadence.interval >= 2 && cadence.interval <= 12))
      found.interval = t("newOneOnOne.intervalInvalid");
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !validate() || !firstAt) return;
    setFormError(null);
    await send(
      async () => {
        const created = await createOneOnOne({
          teammateId,
          ...(leaderId !== me.user.id ? { leaderId } : {}),
          organizationId: orgId,
          kind,
          cadence: apiCadence,
          firstMeetingAt: firstAt,
          timezone: timeZone,
          durationMinutes: duration,
          templateId,
        });
        toast.success(t("newOneOnOne.created", { name: created.teammate.name }));
        navigate(created.nextMeeting ? `/meetings/${created.nextMeeting.id}` : `/one-on-ones/${created.id}`);
      },
      (error) => {
        if (!(error instanceof ApiError)) return false;
        if (error.code === "first_meeting_in_past") setErrors({ date: errorMessage(t, error) });
        // A manager 1:1 follows the reporting line: say so beside the person picked.
        else if (error.code === "not_their_manager") setErrors({ teammate: errorMessage(t, error) });
        else return false;
        return true;
      },
    );
  };

  const header = (
    <>
      <BackToOneOnOnes />
      <PageHeader title={t("newOneOnOne.title")} description={t("newOneOnOne.lead")} />
    </>
  );
  return (
    <LoadedPage header={header} className="page page-narrow" resource={data}>
      {({ templates }) => (
        <form className="card form new-form" onSubmit={onSubmit} noValidate>
          <h2 className="form-section-title">{t("newOneOnOne.who")}</h2>
          <div className="form-row">
            <PersonSelect
              label={t("fields.teammate")}
              people={people}
              value={teammateId}
              onChange={setTeammateId}
              exclude={leaderId}
              leaderId={leaderId}
              error={errors.teammate}
            />
            {isAdmin ? (
              <PersonSelect
                label={t("fields.leader")}
                people={people}
                value={leaderId}
                onChange={setLeaderId}
                exclude={teammateId}
                hint={t("newOneOnOne.leaderHint")}
                meId={me.user.id}
              />
            ) : null}
          </div>
          {existing ? (
            <p className="callout callout-warning">
              <span>
                {t("newOneOnOne.exists", { name: existing.teammate.name })}{" "}
                <Link href={`/one-on-ones/${existing.id}`}>{t("newOneOnOne.openExisting")}</Link>
              </span>
            </p>
          ) : null}
          <KindPicker value={kind} onChange={setKind} />

          <h2 className="form-section-title">{t("newOneOnOne.when")}</h2>
          <DateTimeFields
            value={when}
            onChange={setDate}
            min={todayIn(timeZone)}
            dateLabel={t("newOneOnOne.firstDate")}
            error={errors.date}
          />
          <div className="form-row">
            <CadenceFields
              value={cadence}
              onChange={setCadence}
              anchorDate={when.date}
              intervalError={errors.interval}
            />
            <TimeZoneField value={timeZone} onChange={setTimeZone} mustInclude={[me.user.timezone, myZone]} />
          </div>
          <div className="form-row">
            <DurationSelect value={duration} onChange={setDuration} />
            <TemplateSelect templates={templates} value={templateId} onChange={setTemplateId} />
          </div>
          <SchedulePreview
            firstAt={firstAt}
            cadence={apiCadence}
            timeZone={timeZone}
            durationMinutes={duration}
            name={teammate?.name}
          />
          <FormActions error={formError}>
            <Link href="/one-on-ones" className="btn btn-secondary">
              {t("common.cancel")}
            </Link>
            <SubmitButton busy={busy}>{busy ? t("newOneOnOne.creating") : t("newOneOnOne.submit")}</SubmitButton>
          </FormActions>
        </form>
      )}
    </LoadedPage>
  );
}
