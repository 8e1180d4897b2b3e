import type { Selectable } from "kysely";
import { DateTime } from "luxon";
import type { MeetingsTable, OneOnOnesTable } from "../../server/db/schema.js";
import { cadenceColumns } from "../../server/modules/one-on-ones/cadence.js";
import { occurrencesBetween } from "../../server/modules/one-on-ones/recurrence.js";
import type { Cadence } from "../../shared/schemas/cadence.js";
import { WEEKDAYS, type Weekday } from "../../shared/schemas/cadence.js";
import { DAY, HOUR } from "./durations.js";
import type { Random } from "./random.js";

/** One occurrence of a 1:1 as it played out. */
export interface PlannedMeeting {
  /** The cadence slot it stood for. */
  slot: Date;
  scheduledAt: Date;
  status: MeetingsTable["status"];
  moved: boolean;
}

export interface OneOnOnePlan {
  row: Selectable<OneOnOnesTable>;
  meetings: PlannedMeeting[];
}

export interface OneOnOneInput {
  id: string;
  organizationId: string;
  leaderId: string;
  teammateId: string;
  kind: OneOnOnesTable["kind"];
  timezone: string;
  /** The first meeting happens on or after this day. */
  startAfter: Date;
  now: Date;
  templateId: string | null;
  /** Featured: weekly, with few cancellations. */
  featured: boolean;
  /** Never paused (the featured leader's pairs). */
  alwaysActive: boolean;
  /** A skip-level meets monthly. */
  monthly: boolean;
}

function pickCadence(random: Random, input: OneOnOneInput): Cadence {
  if (input.featured) return { frequency: "weekly" };
  if (input.monthly) return { frequency: "monthly_nth_weekday" };
  switch (random.weighted([30, 58, 4, 8])) {
    case 0:
      return { frequency: "weekly" };
    case 1:
      return { frequency: "biweekly" };
    case 2:
      return { frequency: "every_n_weeks", interval: 3 };
    default:
      return { frequency: "monthly_nth_weekday" };
  }
}

/** A working-hours slot in the leader's zone on a weekday on or after `after`. */
function firstSlot(random: Random, after: Date, timezone: string): DateTime {
  let local = DateTime.fromJSDate(after, { zone: timezone })
    .startOf("day")
    .set({ hour: random.int(9, 16), minute: random.pick([0, 0, 30, 15]) });
  while (local.weekday > 5) local = local.plus({ days: 1 });
  return local;
}

/** Moves a monthly 1:1's first meeting to the nth weekday of its month (or the next month). */
function onNthWeekday(local: DateTime, nth: number): DateTime {
  const weekday = local.weekday;
  for (let month = local.startOf("month"); ; month = month.plus({ months: 1 })) {
    const offset = (weekday - month.weekday + 7) % 7;
    const day = month.plus({ days: offset + (nth - 1) * 7 }).set({ hour: local.hour, minute: local.minute });
    if (day >= local) return day;
  }
}

/**
 * Plans a 1:1: its cadence, first meeting, and every occurrence up to now
 * (held, ~8% cancelled, ~7% moved), then one scheduled upcoming meeting —
 * unless the 1:1 is paused, which stops some months ago.
 */
export function planOneOnOne(random: Random, input: OneOnOneInput): OneOnOnePlan {
  const cadence = pickCadence(random, input);
  let local = firstSlot(random, input.startAfter, input.timezone);
  if (cadence.frequency === "monthly_nth_weekday") {
    cadence.nth = random.pick([1, 2, 3] as const);
    local = onNthWeekday(local, cadence.nth);
    cadence.weekday = WEEKDAYS[local.weekday - 1] as Weekday;
  }
  const first = local.toJSDate();
  const now = input.now;
  const paused = !input.alwaysActive && random.chance(0.02);
  const pausedAt = paused ? new Date(now.getTime() - random.int(20, 150) * DAY) : null;
  const durationMinutes = [30, 45, 60, 25][random.weighted([50, 30, 15, 5])] as number;
  const createdAt = new Date(first.getTime() - random.int(1, 5) * DAY).toISOString();
  const row: Selectable<OneOnOnesTable> = {
    id: input.id,
    organizationId: input.organizationId,
    leaderId: input.leaderId,
    teammateId: input.teammateId,
    kind: input.kind,
    ...cadenceColumns(cadence),
    firstMeetingAt: first.toISOString(),
    anchorAt: first.toISOString(),
    timezone: input.timezone,
    durationMinutes,
    templateId: input.templateId,
    status: paused ? "paused" : "active",
    reminderMinutesBefore: random.chance(0.9) ? 1440 : 120,
    sequence: 0,
    teammateSharesRatings: 0,
    createdBy: input.leaderId,
    createdAt,
    updatedAt: pausedAt ? pausedAt.toISOString() : createdAt,
  };

  const cancelRate = input.featured ? 0.05 : random.pick([0.03, 0.05, 0.08, 0.1, 0.14]);
  const end = pausedAt ?? new Date(now.getTime() + 45 * DAY);
  const slots = occurrencesBetween({ cadence, firstMeetingAt: first, timezone: input.timezone }, first, end);
  const meetings: PlannedMeeting[] = [];
  for (const [i, slot] of slots.entries()) {
    if (slot >= now) {
      if (!paused) meetings.push({ slot, scheduledAt: slot, status: "scheduled", moved: false });
      break;
    }
    if (random.chance(cancelRate)) {
      meetings.push({ slot, scheduledAt: slot, status: "canceled", moved: false });
      continue;
    }
    let scheduledAt = slot;
    if (random.chance(0.07)) {
      const shift = random.pick([DAY, -DAY, 2 * HOUR, HOUR]);
      const candidate = new Date(slot.getTime() + shift);
      const previous = meetings.at(-1)?.scheduledAt ?? new Date(0);
      const next = slots[i + 1] ?? end;
      if (candidate > previous && candidate < next && candidate.getTime() < now.getTime() - 2 * HOUR) {
        scheduledAt = candidate;
      }
    }
    meetings.push({ slot, scheduledAt, status: "completed", moved: scheduledAt !== slot });
  }
  return { row, meetings };
}
