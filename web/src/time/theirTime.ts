import type { Locale } from "../../../shared/schemas/common.js";
import { formatDate, formatDayDate, formatTime } from "../i18n/format.js";

/**
 * How someone on `theirs` sees the instant `iso`, when their clock shows another time than the
 * viewer's (`mine`): "2:00 PM", or "Wed, 9 Dec, 11:00 PM" when it falls on another day for them. Null when both
 * clocks agree, e.g. two zones with the same offset that day.
 */
export function theirTime(iso: string, locale: Locale, mine: string, theirs: string): string | null {
  const time = formatTime(iso, locale, theirs);
  const sameDay = formatDate(iso, locale, mine) === formatDate(iso, locale, theirs);
  if (sameDay && time === formatTime(iso, locale, mine)) return null;
  return sameDay ? time : `${formatDayDate(iso, locale, theirs)}, ${time}`;
}
