// Wall-clock time in an IANA zone <-> UTC instants, with Intl only (no date library in the bundle).

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let value = partsFormatters.get(timeZone);
  if (!value) {
    value = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, value);
  }
  return value;
}

type WallParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallParts(timeZone: string, utcMs: number): WallParts {
  const out: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== "literal") out[part.type] = Number(part.value);
  }
  return {
    year: out.year ?? 1970,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: (out.hour ?? 0) % 24,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (local minus UTC). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  const p = wallParts(timeZone, whole);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

const pad = (n: number, size = 2) => String(n).padStart(size, "0");
const DAY_MS = 24 * 3600 * 1000;

/**
 * The UTC instant (ISO string) of a wall-clock date and time in a zone.
 * A time skipped by a daylight-saving jump moves forward by the jump (02:30 -> 03:30);
 * a time that happens twice picks the first one — as calendars do.
 */
export function zonedToUtc(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const local = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  const before = zoneOffsetMs(timeZone, local - DAY_MS);
  const after = zoneOffsetMs(timeZone, local + DAY_MS);
  const valid = [...new Set([local - before, local - after])]
    .filter((instant) => instant + zoneOffsetMs(timeZone, instant) === local)
    .sort((a, b) => a - b);
  const instant = valid[0] ?? local - Math.min(before, after);
  return new Date(instant).toISOString();
}

export type ZonedDateTime = {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
};

/** The wall-clock date, time and weekday of an instant in a zone. */
export function utcToZoned(iso: string | number | Date, timeZone: string): ZonedDateTime {
  const p = wallParts(timeZone, new Date(iso).getTime());
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  return { date, time: `${pad(p.hour)}:${pad(p.minute)}`, weekday: weekdayOf(date) };
}

/** Today's date (YYYY-MM-DD) in a zone. */
export function todayIn(timeZone: string, now: number = Date.now()): string {
  return utcToZoned(now, timeZone).date;
}

/** 0 = Monday … 6 = Sunday, for a calendar date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return (new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay() + 6) % 7;
}

/** A calendar date moved by whole days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const moved = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return moved.toISOString().slice(0, 10);
}

/** "America/Sao_Paulo" -> "Sao Paulo": the short place name people recognise. */
export function zoneCity(timeZone: string): string {
  return (timeZone.split("/").pop() ?? timeZone).replaceAll("_", " ");
}
