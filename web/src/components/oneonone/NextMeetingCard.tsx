import { type FormEvent, type ReactNode, useState } from "react";
import { Link } from "wouter";
import { errorMessage } from "../../api/errorMessage.js";
import { type OneOnOneDetail, updateOneOnOne } from "../../api/oneOnOnes.js";
import { formatMeetingWhen, formatRelative } from "../../i18n/format.js";
import { useI18n, useT } from "../../i18n/I18nProvider.js";
import { todayIn, zoneCity, zonedToUtc } from "../../time/zonedTime.js";
import { type DateTime, DateTimeFields } from "../DateTimeFields.js";
import { FormError, SubmitButton } from "../Field.js";
import { Icon } from "../Icon.js";
import { useToast } from "../Toasts.js";

type Props = { oneOnOne: OneOnOneDetail; isLeader: boolean; onChanged: () => void };

type NextCardProps = { empty: boolean; when: ReactNode; text: ReactNode; children: ReactNode };

/** The card's frame: its heading, when the next meeting is (or that there is none), a line more, then the way on. */
function NextCard({ empty, when, text, children }: NextCardProps) {
  const t = useT();
  return (
    <section className={empty ? "card next-card next-card-empty" : "card next-card"} aria-labelledby="next-title">
      <div>
        <h2 id="next-title" className="eyebrow">
          {t("oneOnOne.nextTitle")}
        </h2>
        <p className="next-when">{when}</p>
        <p className="muted">{text}</p>
      </div>
      {children}
    </section>
  );
}

/** The upcoming meeting with the way in, or — when there is none — why, and how to schedule one. */
export function NextMeetingCard({ oneOnOne, isLeader, onChanged }: Props) {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const [when, setWhen] = useState<DateTime>({ date: "", time: "10:00" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = oneOnOne.nextMeeting?.status === "scheduled" ? oneOnOne.nextMeeting : null;

  const schedule = async (event: FormEvent) => {
    event.preventDefault();
    const at = when.date && when.time ? zonedToUtc(when.date, when.time, timeZone) : null;
    if (!at) return setError(t("meeting.reschedule.dateRequired"));
    if (Date.parse(at) <= Date.now()) return setError(t("errors.nextMeetingInPast"));
    setBusy(true);
    try {
      await updateOneOnOne(oneOnOne.id, { nextMeetingAt: at });
      toast.success(t("oneOnOne.scheduled", { date: formatMeetingWhen(at, locale, timeZone) }));
      onChanged();
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  if (next) {
    return (
      <NextCard
        empty={false}
        when={<time dateTime={next.scheduledAt}>{formatMeetingWhen(next.scheduledAt, locale, timeZone)}</time>}
        text={formatRelative(next.scheduledAt, locale)}
      >
        <Link href={`/meetings/${next.id}`} className="btn btn-primary">
          {t("oneOnOne.prepare")}
          <Icon name="chevron" size={16} />
        </Link>
      </NextCard>
    );
  }

  return (
    <NextCard
      empty
      when={t("oneOnOne.noNext")}
      text={
        oneOnOne.status === "ended"
          ? t("oneOnOne.endedText")
          : oneOnOne.status === "paused"
            ? t("oneOnOne.pausedText")
            : t("oneOnOne.noNextText")
      }
    >
      {isLeader && oneOnOne.status === "active" ? (
        <form className="form next-form" onSubmit={schedule} noValidate>
          <DateTimeFields
            value={when}
            onChange={setWhen}
            min={todayIn(timeZone)}
            hint={t("meeting.inYourZone", { zone: zoneCity(timeZone) })}
          />
          <FormError message={error} />
          <SubmitButton busy={busy}>{t("oneOnOne.scheduleNext")}</SubmitButton>
        </form>
      ) : null}
    </NextCard>
  );
}
