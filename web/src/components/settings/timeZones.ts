export type TimeZoneOption = { value: string; label: string; offsetMinutes: number };

function offsetOf(timeZone: string, at: Date): { label: string; minutes: number } {
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value;
    const match = part?.match(/GMT([+-])(\d{2}):(\d{2})/);
    if (!match) return { label: "GMT+00:00", minutes: 0 };
    const minutes = (Number(match[2]) * 60 + Number(match[3])) * (match[1] === "-" ? -1 : 1);
    return { label: part ?? "GMT", minutes };
  } catch {
    return { label: "GMT", minutes: 0 };
  }
}

/** Every IANA zone the browser knows, labelled with today's UTC offset, west to east. */
export function timeZoneOptions(mustInclude: string[]): TimeZoneOption[] {
  const zones = new Set<string>(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);
  zones.add("UTC");
  for (const zone of mustInclude) if (zone) zones.add(zone);
  const now = new Date();
  return [...zones]
    .map((value) => {
      const offset = offsetOf(value, now);
      const name = value.replaceAll("_", " ");
      return { value, label: `(${offset.label}) ${name}`, offsetMinutes: offset.minutes };
    })
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.value.localeCompare(b.value));
}
