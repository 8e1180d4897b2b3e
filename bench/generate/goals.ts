import type { Selectable } from "kysely";
import type { MeetingsTable } from "../../server/db/schema.js";
import { DAY } from "./durations.js";
import type { PairContext } from "./meeting-content.js";
import { fill, GOALS } from "./phrases.js";

/** A development goal and the held meetings (by index into the 1:1) it spans. */
export interface GoalSpan {
  id: string;
  /** Index of the held meeting where it was set. */
  from: number;
  /** Index of the held meeting where it was achieved or dropped; the last one when still active. */
  to: number;
  status: "active" | "achieved" | "dropped";
}

/** The goal a held meeting works towards, if any (for linking actions). */
export function goalAt(goals: GoalSpan[], heldIndex: number): string | null {
  return goals.find((g) => heldIndex >= g.from && heldIndex <= g.to)?.id ?? null;
}

/**
 * 1–2 goals per pair with a few meetings behind it: the first set early on,
 * and when there is a second, the first was achieved (or dropped) when it was set.
 */
export function planGoals(ctx: PairContext, heldCount: number): GoalSpan[] {
  const { random } = ctx;
  if (heldCount < 3) return [];
  const first = Math.floor(heldCount * random.next() * 0.2);
  if (heldCount < 12 || random.chance(0.55)) {
    return [{ id: random.uuid(), from: first, to: heldCount - 1, status: "active" }];
  }
  const switchAt = first + Math.max(1, Math.floor((heldCount - first) * (0.4 + random.next() * 0.3)));
  return [
    { id: random.uuid(), from: first, to: switchAt, status: random.chance(0.8) ? "achieved" : "dropped" },
    { id: random.uuid(), from: switchAt, to: heldCount - 1, status: "active" },
  ];
}

/** Writes the goals and 2–4 progress notes each, on held meetings within the goal's span. */
export function writeGoals(ctx: PairContext, goals: GoalSpan[], held: Selectable<MeetingsTable>[]): void {
  const { random, buffer } = ctx;
  for (const goal of goals) {
    const [title, why, steps] = random.pick(GOALS);
    const start = held[goal.from] as Selectable<MeetingsTable>;
    const end = held[goal.to] as Selectable<MeetingsTable>;
    const createdAt = start.completedAt as string;
    const closed = goal.status !== "active";
    const target = new Date(new Date(createdAt).getTime() + random.int(90, 200) * DAY);
    buffer.add("goals", {
      id: goal.id,
      oneOnOneId: ctx.oneOnOneId,
      teammateId: ctx.teammateId,
      title: fill(random, title),
      why: random.chance(0.85) ? why : null,
      targetDate: target.toISOString().slice(0, 10),
      status: goal.status,
      createdBy: random.chance(0.7) ? ctx.teammateId : ctx.leaderId,
      createdAt,
      updatedAt: closed ? (end.completedAt as string) : createdAt,
    });
    const notes = Math.min(steps.length + 1, random.int(2, 4));
    const span = goal.to - goal.from;
    for (let i = 0; i < notes && span > 0; i++) {
      const meeting = held[goal.from + Math.max(1, Math.round(((i + 1) * span) / notes))] as Selectable<MeetingsTable>;
      buffer.add("goalProgress", {
        id: random.uuid(),
        goalId: goal.id,
        meetingId: meeting.id,
        authorId: random.chance(0.65) ? ctx.teammateId : ctx.leaderId,
        body: fill(random, steps[i] ?? "Steady progress; nothing new to report"),
        createdAt: meeting.completedAt as string,
      });
    }
  }
}
