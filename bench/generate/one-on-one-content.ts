import type { Selectable } from "kysely";
import type { AgendaItemsTable, MeetingsTable, StandingItemsTable } from "../../server/db/schema.js";
import type { RowBuffer } from "./bulk-insert.js";
import { DAY, HOUR, MINUTE } from "./durations.js";
import { goalAt, planGoals, writeGoals } from "./goals.js";
import {
  type PairContext,
  writeActions,
  writeCheckIn,
  writeFeedback,
  writeNotes,
  writeRatings,
} from "./meeting-content.js";
import { CANCEL_REASONS, fill, RESCHEDULE_REASONS, SEARCH_TERM, STANDING_ITEMS, TOPICS } from "./phrases.js";
import type { Random } from "./random.js";
import type { OneOnOnePlan, PlannedMeeting } from "./schedule.js";

/** The template snapshot every meeting of a 1:1 carries. */
export interface Snapshot {
  templateId: string | null;
  templateName: string;
  /** JSON of the sections, as stored on meetings. */
  sections: string;
  keys: string[];
}

/** The number of talking points on the featured meeting. */
export const FEATURED_AGENDA_SIZE = 30;
/** The number of open actions the featured meeting shows. */
export const FEATURED_OPEN_ACTIONS = 3;

const SECTION_WEIGHTS: Record<string, number> = { check_in: 15, progress: 45, feedback: 12, development: 20 };
const MENTIONING_TOPICS = Object.fromEntries(
  Object.entries(TOPICS).map(([key, list]) => [key, list.filter((t) => t.includes(SEARCH_TERM))]),
);

const iso = (ms: number) => new Date(ms).toISOString();
const at = (value: string) => new Date(value).getTime();

function meetingRow(ctx: PairContext, plan: OneOnOnePlan, snapshot: Snapshot, p: PlannedMeeting, createdAt: number) {
  const { random, now } = ctx;
  const scheduled = p.scheduledAt.getTime();
  const held = p.status === "completed";
  const startedAt = held ? scheduled + random.int(0, 5) * MINUTE : null;
  const completedAt =
    startedAt === null
      ? null
      : Math.min(startedAt + (plan.row.durationMinutes + random.int(-10, 10)) * MINUTE, now.getTime() - MINUTE);
  const canceledAt =
    p.status === "canceled" ? Math.max(createdAt + HOUR, p.slot.getTime() - random.int(2, 48) * HOUR) : null;
  const reminderDue = scheduled - plan.row.reminderMinutesBefore * MINUTE <= now.getTime();
  const closedAt = completedAt ?? canceledAt;
  const row: Selectable<MeetingsTable> = {
    id: random.uuid(),
    oneOnOneId: plan.row.id,
    organizationId: plan.row.organizationId,
    scheduledAt: iso(scheduled),
    originalScheduledAt: p.moved ? p.slot.toISOString() : null,
    durationMinutes: plan.row.durationMinutes,
    status: p.status,
    templateId: snapshot.templateId,
    templateName: snapshot.templateName,
    sections: snapshot.sections,
    startedAt: startedAt === null ? null : iso(startedAt),
    completedAt: completedAt === null ? null : iso(completedAt),
    canceledAt: canceledAt === null ? null : iso(canceledAt),
    cancelReason: canceledAt === null ? null : random.pick(CANCEL_REASONS),
    rescheduleReason: p.moved ? random.pick(RESCHEDULE_REASONS) : null,
    sequence: p.moved || canceledAt !== null ? 1 : 0,
    remindedFor: reminderDue && (closedAt === null || closedAt > scheduled - DAY) ? iso(scheduled) : null,
    editedAfterAt: null,
    createdAt: iso(createdAt),
    updatedAt: iso(closedAt ?? createdAt),
    sectionKey: null,
    sectionStartedAt: null,
    sectionPausedAt: null,
  };
  return row;
}

/** Standing items of a pair: the featured pair has two, about a third of pairs one or two. */
function standingItems(ctx: PairContext, plan: OneOnOnePlan, snapshot: Snapshot, featured: boolean) {
  const { random, now } = ctx;
  const count = featured ? 2 : random.chance(0.3) ? random.int(1, 2) : 0;
  const items: StandingItemsTable[] = [];
  for (let i = 0; i < count; i++) {
    const [sectionKey, body] = STANDING_ITEMS[(random.int(0, 9) + i) % STANDING_ITEMS.length] as [string, string];
    const created = at(plan.row.createdAt);
    const removed = !featured && random.chance(0.2) ? created + random.next() * (now.getTime() - created) : null;
    items.push({
      id: random.uuid(),
      oneOnOneId: plan.row.id,
      sectionKey: snapshot.keys.includes(sectionKey) ? sectionKey : (snapshot.keys[0] as string),
      authorId: random.chance(0.5) ? ctx.leaderId : ctx.teammateId,
      body,
      createdAt: plan.row.createdAt,
      removedAt: removed === null ? null : iso(removed),
    });
  }
  return items;
}

function pickSection(random: Random, keys: string[]): string {
  const weights = keys.map((k) => SECTION_WEIGHTS[k] ?? 4);
  return keys[random.weighted(weights)] as string;
}

/**
 * The agenda of one meeting, as the app builds it: standing items first, then
 * the undiscussed points carried from the last meeting, then new points.
 */
function writeAgenda(
  ctx: PairContext,
  meeting: Selectable<MeetingsTable>,
  snapshot: Snapshot,
  parts: { standing: StandingItemsTable[]; carried: Selectable<AgendaItemsTable>[]; fresh: number; mentions: number },
): Selectable<AgendaItemsTable>[] {
  const { random } = ctx;
  const positions = new Map<string, number>();
  const created = at(meeting.createdAt);
  const items: Selectable<AgendaItemsTable>[] = [];
  const push = (
    item: Omit<Selectable<AgendaItemsTable>, "id" | "meetingId" | "oneOnOneId" | "position" | "discussed" | "version">,
  ) => {
    const position = positions.get(item.sectionKey) ?? 0;
    positions.set(item.sectionKey, position + 1);
    items.push({
      id: random.uuid(),
      meetingId: meeting.id,
      oneOnOneId: ctx.oneOnOneId,
      position,
      discussed: 0,
      version: 0,
      ...item,
    });
  };
  const stamp = iso(created);
  for (const s of parts.standing) {
    if (s.removedAt && s.removedAt < meeting.createdAt) continue;
    push({
      sectionKey: s.sectionKey,
      authorId: s.authorId,
      body: s.body,
      carriedFromId: null,
      standingItemId: s.id,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  for (const c of parts.carried) {
    const carriedFromId = c.carriedFromId ?? c.id;
    push({
      sectionKey: c.sectionKey,
      authorId: c.authorId,
      body: c.body,
      carriedFromId,
      standingItemId: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  const window = Math.max(0, Math.min(at(meeting.scheduledAt), ctx.now.getTime()) - created);
  for (let i = 0; i < parts.fresh; i++) {
    const sectionKey = i < parts.mentions ? "progress" : pickSection(random, snapshot.keys);
    const bank =
      i < parts.mentions
        ? (MENTIONING_TOPICS.progress as string[])
        : ((TOPICS[sectionKey] ?? TOPICS.progress) as string[]);
    const when = iso(created + random.next() * window);
    const authorId = random.chance(0.6) ? ctx.teammateId : ctx.leaderId;
    push({
      sectionKey,
      authorId,
      body: fill(random, random.pick(bank)),
      carriedFromId: null,
      standingItemId: null,
      createdAt: when,
      updatedAt: when,
    });
  }
  if (meeting.status === "completed") {
    for (const item of items) {
      item.discussed = random.chance(item.standingItemId ? 0.9 : 0.8) ? 1 : 0;
      if (item.discussed) item.updatedAt = meeting.completedAt as string;
    }
  }
  for (const item of items) ctx.buffer.add("agendaItems", item);
  return items;
}

export interface OneOnOneOptions {
  /** The featured pair: its upcoming meeting is the one the benchmark loads. */
  featured: boolean;
  /** The featured leader's pairs: notes mention the search term at least once. */
  mentionSearchTerm: boolean;
}

/** Writes a 1:1 and all its history; returns the id of its upcoming meeting, if it has one. */
export function writeOneOnOne(
  random: Random,
  buffer: RowBuffer,
  plan: OneOnOnePlan,
  snapshot: Snapshot,
  now: Date,
  options: OneOnOneOptions,
): string | null {
  const { row } = plan;
  const ctx: PairContext = {
    random,
    buffer,
    oneOnOneId: row.id,
    leaderId: row.leaderId,
    teammateId: row.teammateId,
    now,
  };
  buffer.add("oneOnOnes", row);
  const standing = standingItems(ctx, plan, snapshot, options.featured);
  for (const s of standing) buffer.add("standingItems", s);

  let createdAt = at(row.createdAt);
  const meetings = plan.meetings.map((p) => {
    const m = meetingRow(ctx, plan, snapshot, p, createdAt);
    createdAt = at(m.completedAt ?? m.canceledAt ?? m.createdAt);
    return m;
  });
  for (const m of meetings) buffer.add("meetings", m);
  const held = meetings.filter((m) => m.status === "completed");
  const goals = planGoals(ctx, held.length);
  writeGoals(ctx, goals, held);

  const lastHeld = held.at(-1);
  const baseline = 3 + random.next() * 1.3;
  let mood = baseline;
  let carried: Selectable<AgendaItemsTable>[] = [];
  let heldIndex = 0;
  let upcomingId: string | null = null;
  for (const meeting of meetings) {
    const featuredUpcoming = options.featured && meeting.status === "scheduled";
    const fresh = featuredUpcoming
      ? Math.max(0, FEATURED_AGENDA_SIZE - carried.length - standing.filter((s) => !s.removedAt).length)
      : meeting.status === "scheduled"
        ? random.int(0, 2)
        : Math.max(1, random.int(2, 4) - carried.length);
    const items = writeAgenda(ctx, meeting, snapshot, {
      standing,
      carried,
      fresh,
      mentions: featuredUpcoming ? 2 : 0,
    });
    // Two points at most move on; the rest are dropped, as people do.
    carried = items.filter((i) => !i.discussed && !i.standingItemId).slice(0, 2);
    if (meeting.status === "scheduled") {
      upcomingId = meeting.id;
      if (featuredUpcoming) {
        writeNotes(ctx, meeting, { mention: true, privateOf: row.leaderId });
        writeCheckIn(ctx, meeting, 4);
      }
      continue;
    }
    if (meeting.status !== "completed") continue;
    const isLast = meeting === lastHeld;
    const old = now.getTime() - at(meeting.scheduledAt) > 21 * DAY;
    const privateOf = random.chance(0.25) ? (random.chance(0.8) ? row.leaderId : row.teammateId) : null;
    writeNotes(ctx, meeting, { mention: options.mentionSearchTerm && heldIndex === 0, privateOf });
    const count = options.featured
      ? isLast
        ? FEATURED_OPEN_ACTIONS
        : random.int(0, 2)
      : ([0, 1, 2][random.weighted([35, 40, 25])] as number);
    const fate = (): "open" | "done" | "dropped" => {
      if (isLast) return "open";
      if (options.featured) return random.chance(0.9) ? "done" : "dropped";
      if (!old) return random.chance(0.4) ? "open" : "done";
      return (["done", "dropped", "open"] as const)[random.weighted([82, 8, 10])] ?? "done";
    };
    writeActions(ctx, meeting, count, fate, goalAt(goals, heldIndex));
    mood = Math.max(1, Math.min(5, mood + (random.next() - 0.5) * 0.8 + (baseline - mood) * 0.2));
    if (random.chance(0.9)) writeCheckIn(ctx, meeting, Math.max(1, Math.round(random.chance(0.04) ? mood - 2 : mood)));
    writeRatings(ctx, meeting);
    writeFeedback(ctx, meeting);
    heldIndex++;
  }
  return upcomingId;
}
