import type { Cadence } from "../../../../shared/schemas/cadence.js";
import { formatDayDate, formatPlainDate, formatTime } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { utcToZoned, zoneCity } from "../../time/zonedTime.js";
import { Icon } from "../Icon.js";
import { describeCadence, followingDates } from "./cadence.js";

type Props = {
  /** The first meeting as a UTC instant, or null while the date is incomplete. */
  firstAt: string | null;
  cadence: Cadence;
  timeZone: string;
  durationMinutes: number;
  name?: string;
  /** Whether the date is the 1:1's first meeting or the next one of an existing 1:1. */
  startsWith?: "first" | "next";
};

/** The schedule in one sentence, with the next dates and the time in the viewer's zone when it differs. */
export function SchedulePreview({ firstAt, cadence, timeZone, durationMinutes, name, startsWith = "first" }: Props) {
  const { t, locale, timeZone: myZone } = useI18n();
  if (!firstAt) {
    return (
      <p className="schedule-preview" aria-live="polite">
        <Icon name="calendar" />
        <span>{t("schedule.pickDate")}</span>
      </p>
    );
  }
  const local = utcToZoned(firstAt, timeZone);
  const rhythm = describeCadence(t, locale, cadence, local.weekday);
  const start = t(startsWith === "first" ? "schedule.first" : "schedule.nextFirst", {
    date: formatDayDate(firstAt, locale, timeZone),
    time: formatTime(firstAt, locale, timeZone),
    zone: zoneCity(timeZone),
  });
  const next = followingDates(cadence, local.date, 3).map((d) => formatPlainDate(d, locale));
  const differs = utcToZoned(firstAt, myZone).time !== local.time || utcToZoned(firstAt, myZone).date !== local.date;
  return (
    <div className="schedule-preview" aria-live="polite">
      <Icon name="calendar" />
      <div>
        <p className="schedule-sentence">
          {name
            ? `${t("schedule.with", { name })} ${start}`
            : start.charAt(0).toLocaleUpperCase(locale) + start.slice(1)}{" "}
          {cadence.frequency === "none"
            ? t("schedule.once", { minutes: durationMinutes })
            : t("schedule.then", {
                rhythm: rhythm.charAt(0).toLocaleLowerCase(locale) + rhythm.slice(1),
                minutes: durationMinutes,
              })}
        </p>
        {next.length > 0 ? (
          <p className="schedule-next">{t("schedule.following", { dates: next.join(" · ") })}</p>
        ) : null}
        {differs ? (
          <p className="schedule-next">
            {t("schedule.forYou", {
              date: formatDayDate(firstAt, locale, myZone),
              time: formatTime(firstAt, locale, myZone),
              zone: zoneCity(myZone),
            })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
