import type { Selectable } from "kysely";
import type { MeetingsTable } from "../../server/db/schema.js";
import type { RowBuffer } from "./bulk-insert.js";
import { DAY, HOUR } from "./durations.js";
import {
  ACTIONS,
  CHECK_IN_NOTES,
  fill,
  IMPROVEMENTS,
  NOTE_SENTENCES,
  PRAISE,
  PRIVATE_SENTENCES,
  SEARCH_TERM,
  UPWARD,
} from "./phrases.js";
import type { Random } from "./random.js";

const MENTIONS = NOTE_SENTENCES.filter((s) => s.includes(SEARCH_TERM));

/** What every piece of a pair's content needs to know. */
export interface PairContext {
  random: Random;
  buffer: RowBuffer;
  oneOnOneId: string;
  leaderId: string;
  teammateId: string;
  now: Date;
}

const iso = (ms: number) => new Date(ms).toISOString();
const at = (value: string) => new Date(value).getTime();

/** A shared note of 1–3 sentences, as prose or bullets; `mention` forces a sentence with the search term. */
export function sharedNoteBody(random: Random, mention: boolean): string {
  const count = random.int(1, 3);
  const sentences = Array.from({ length: count }, () => fill(random, random.pick(NOTE_SENTENCES)));
  if (mention) sentences[0] = fill(random, random.pick(MENTIONS));
  return random.chance(0.35) ? sentences.map((s) => `- ${s}`).join("\n") : sentences.join(" ");
}

/** The shared note of a meeting, and sometimes a private note of one of the two. */
export function writeNotes(
  ctx: PairContext,
  meeting: Selectable<MeetingsTable>,
  options: { mention: boolean; privateOf: string | null },
): void {
  const { random, buffer } = ctx;
  const written = meeting.completedAt ?? meeting.createdAt;
  const started = meeting.startedAt ?? meeting.createdAt;
  buffer.add("notes", {
    id: random.uuid(),
    meetingId: meeting.id,
    kind: "shared",
    ownerKey: "shared",
    authorId: null,
    body: sharedNoteBody(random, options.mention),
    version: random.int(1, 6),
    updatedBy: random.chance(0.7) ? ctx.leaderId : ctx.teammateId,
    createdAt: started,
    updatedAt: written,
  });
  if (!options.privateOf) return;
  const lines = Array.from({ length: random.int(1, 2) }, () => fill(random, random.pick(PRIVATE_SENTENCES)));
  buffer.add("notes", {
    id: random.uuid(),
    meetingId: meeting.id,
    kind: "private",
    ownerKey: options.privateOf,
    authorId: options.privateOf,
    body: lines.join("\n\n"),
    version: random.int(1, 3),
    updatedBy: options.privateOf,
    createdAt: started,
    updatedAt: written,
  });
}

/**
 * Actions agreed in a held meeting. `open` says whether they are still open
 * (the latest meeting's are; older ones are mostly done or dropped).
 */
export function writeActions(
  ctx: PairContext,
  meeting: Selectable<MeetingsTable>,
  count: number,
  fate: () => "open" | "done" | "dropped",
  goalId: string | null,
): void {
  const { random, buffer, now } = ctx;
  const held = at(meeting.completedAt as string);
  for (let i = 0; i < count; i++) {
    const status = fate();
    const due = random.chance(0.8) ? iso(held + random.pick([7, 7, 14, 3]) * DAY).slice(0, 10) : null;
    const closedAt = Math.max(held + 60_000, Math.min(held + random.int(1, 14 * 24) * HOUR, now.getTime() - HOUR));
    const createdAt = meeting.completedAt as string;
    buffer.add("actionItems", {
      id: random.uuid(),
      oneOnOneId: ctx.oneOnOneId,
      meetingId: meeting.id,
      ownerId: random.chance(0.7) ? ctx.teammateId : ctx.leaderId,
      title: fill(random, random.pick(ACTIONS)),
      dueDate: due,
      status,
      completedAt: status === "open" ? null : iso(closedAt),
      goalId: goalId && random.chance(0.15) ? goalId : null,
      createdBy: random.chance(0.6) ? ctx.leaderId : ctx.teammateId,
      createdAt,
      updatedAt: status === "open" ? createdAt : iso(closedAt),
    });
  }
}

/** The teammate's check-in for a meeting: mood, usually energy, sometimes a note. */
export function writeCheckIn(ctx: PairContext, meeting: Selectable<MeetingsTable>, mood: number): void {
  const { random } = ctx;
  const when = iso(Math.min(at(meeting.scheduledAt) - random.int(0, 20) * HOUR, ctx.now.getTime() - HOUR));
  ctx.buffer.add("checkIns", {
    meetingId: meeting.id,
    oneOnOneId: ctx.oneOnOneId,
    userId: ctx.teammateId,
    mood,
    energy: random.chance(0.8) ? Math.max(1, Math.min(5, mood + random.int(-1, 1))) : null,
    note: random.chance(0.15) ? random.pick(CHECK_IN_NOTES) : null,
    createdAt: when,
    updatedAt: when,
  });
}

/** "Was this 1:1 useful?" from one or both participants. */
export function writeRatings(ctx: PairContext, meeting: Selectable<MeetingsTable>): void {
  const { random } = ctx;
  const byLeader = random.chance(0.7);
  const byTeammate = random.chance(0.75) || !byLeader;
  const when = meeting.completedAt as string;
  for (const [userId, rated] of [
    [ctx.leaderId, byLeader],
    [ctx.teammateId, byTeammate],
  ] as const) {
    if (!rated) continue;
    const score = [5, 4, 3, 2, 1][random.weighted([30, 45, 18, 5, 2])] as number;
    ctx.buffer.add("ratings", { meetingId: meeting.id, userId, score, createdAt: when, updatedAt: when });
  }
}

/** Feedback every few meetings: the leader's praise or advice, and sometimes the teammate's upward feedback. */
export function writeFeedback(ctx: PairContext, meeting: Selectable<MeetingsTable>): void {
  const { random, buffer } = ctx;
  const when = meeting.completedAt as string;
  if (random.chance(0.2)) {
    const improvement = random.chance(0.25) ? random.pick(IMPROVEMENTS) : null;
    buffer.add("feedback", {
      id: random.uuid(),
      oneOnOneId: ctx.oneOnOneId,
      meetingId: meeting.id,
      fromUserId: ctx.leaderId,
      toUserId: ctx.teammateId,
      kind: improvement ? "improvement" : "praise",
      body: fill(random, improvement ? improvement[0] : random.pick(PRAISE)),
      example: improvement ? fill(random, improvement[1]) : null,
      createdAt: when,
    });
  }
  if (random.chance(0.12)) {
    buffer.add("feedback", {
      id: random.uuid(),
      oneOnOneId: ctx.oneOnOneId,
      meetingId: meeting.id,
      fromUserId: ctx.teammateId,
      toUserId: ctx.leaderId,
      kind: "upward",
      body: fill(random, random.pick(UPWARD)),
      example: null,
      createdAt: when,
    });
  }
}
