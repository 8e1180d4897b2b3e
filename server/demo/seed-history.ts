import type { Insertable, Selectable } from "kysely";
import type { Cadence } from "../../shared/schemas/cadence.js";
import type { Clock } from "../clock.js";
import type { Db } from "../db/database.js";
import { newId } from "../db/ids.js";
import type {
  ActionItemsTable,
  AgendaItemsTable,
  CheckInsTable,
  FeedbackTable,
  GoalProgressTable,
  GoalsTable,
  MeetingsTable,
  NotesTable,
  OneOnOnesTable,
  RatingsTable,
} from "../db/schema.js";
import { cadenceColumns } from "../modules/one-on-ones/cadence.js";
import { occurrencesBetween } from "../modules/one-on-ones/recurrence.js";
import { systemTemplateName, systemTemplateSections } from "../modules/templates/system-template.js";
import { actionTitles, noteWriter } from "./seed-texts.js";

/** A small deterministic generator, so every demo looks the same. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const TOPICS: Array<[string, string]> = [
  ["check_in", "How the new on-call rotation is feeling"],
  ["check_in", "Energy after the product launch"],
  ["progress", "Search latency work: what is left"],
  ["progress", "Blocked on the payments API review"],
  ["progress", "Migration to the new CI runners"],
  ["progress", "Estimating the onboarding redesign"],
  ["feedback", "How the design review went from your side"],
  ["feedback", "Written updates: shorter and earlier?"],
  ["development", "Conference talk proposal"],
  ["development", "Mentoring the two new hires"],
  ["development", "Path towards staff engineer"],
  ["progress", "Customer escalation last Thursday"],
];
const CANCEL_REASONS = ["Sick day", "Customer visit", "Public holiday", "Travelling"];
const RESCHEDULE_REASONS = ["Clash with the all-hands", "Dentist appointment", "Moved for the release"];

interface PairPlan {
  teammate: string;
  cadence: Cadence;
  /** Chance that an occurrence was cancelled; the neglected pair is high. */
  cancelRate: number;
  /** Mood for the i-th of n held meetings: a steady line, a recent dip or a climb. */
  mood: (i: number, n: number) => number;
}

const PRAISE = [
  "Your write-up of the incident was calm and clear",
  "Great job unblocking the mobile team",
  "The demo landed really well with the customer",
];
const IMPROVEMENTS: Array<[string, string]> = [
  ["Share drafts earlier", "The RFC arrived the night before the review"],
  ["Keep status updates shorter", "Monday's update was two pages long"],
];
const UPWARD = [
  "More context on why priorities changed would help",
  "The quick Slack check-ins are useful, keep them",
  "I'd like feedback sooner after big presentations",
];
const GOALS: Array<[string, string, string[]]> = [
  [
    "Lead a cross-team design review",
    "Grow towards a senior role",
    ["Shadowed the API review", "Ran the first part of the payments review"],
  ],
  [
    "Speak at an internal tech talk",
    "Practise presenting to a bigger audience",
    ["Picked the topic: our CI migration"],
  ],
  ["Mentor one of the new hires", "Learn to teach, not just do", ["Weekly pairing sessions started"]],
];

/**
 * Seeds six months of believable 1:1 history for the demo team: held,
 * cancelled and rescheduled meetings, notes, actions and carried-over points,
 * plus each pair's upcoming meeting.
 */
export async function seedDemoHistory(db: Db, clock: Clock, ids: Record<string, string>, orgId: string): Promise<void> {
  const random = seededRandom(42);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const now = clock.now();
  const start = new Date(now.getTime() - 26 * 7 * 24 * 3600 * 1000);
  const plans: PairPlan[] = [
    // Diego: steady, then a clear dip in the last two meetings.
    { teammate: "t1", cadence: { frequency: "weekly" }, cancelRate: 0.06, mood: (i, n) => (i >= n - 2 ? 2 : 4) },
    { teammate: "t2", cadence: { frequency: "weekly" }, cancelRate: 0.08, mood: (i) => (i % 3 === 0 ? 3 : 4) },
    // João: the neglected pair — many cancellations.
    { teammate: "t3", cadence: { frequency: "biweekly" }, cancelRate: 0.35, mood: () => 3 },
    // Emma: a hard start, improving steadily (from 2 to 5, still rising over the dashboard's last eight meetings).
    {
      teammate: "t4",
      cadence: { frequency: "weekly" },
      cancelRate: 0.05,
      mood: (i, n) => Math.min(5, 2 + Math.floor((4 * i) / n)),
    },
    {
      teammate: "t5",
      cadence: { frequency: "every_n_weeks", interval: 3 },
      cancelRate: 0.1,
      mood: (i) => (i % 2 === 0 ? 4 : 5),
    },
  ];
  const leaderId = ids.leader as string;
  const sections = JSON.stringify(systemTemplateSections("en"));
  const templateName = systemTemplateName("en");
  const oneOnOne: Selectable<OneOnOnesTable>[] = [];
  const meetings: Selectable<MeetingsTable>[] = [];
  const agenda: Insertable<AgendaItemsTable>[] = [];
  const notes: Insertable<NotesTable>[] = [];
  const actions: Insertable<ActionItemsTable>[] = [];
  const ratings: RatingsTable[] = [];
  const checkIns: CheckInsTable[] = [];
  const feedback: FeedbackTable[] = [];
  const goals: GoalsTable[] = [];
  const progress: GoalProgressTable[] = [];
  const iso = (d: Date) => d.toISOString();
  const nextActionTitle = actionTitles();

  for (const [index, plan] of plans.entries()) {
    const teammateId = ids[plan.teammate] as string;
    const first = new Date(start.getTime() + index * 24 * 3600 * 1000);
    first.setUTCHours(13 + (index % 3), 0, 0, 0);
    const row: Selectable<OneOnOnesTable> = {
      id: newId(),
      organizationId: orgId,
      leaderId,
      teammateId,
      kind: "manager",
      ...cadenceColumns(plan.cadence),
      firstMeetingAt: iso(first),
      anchorAt: iso(first),
      timezone: "America/Sao_Paulo",
      durationMinutes: 45,
      templateId: null,
      status: "active",
      reminderMinutesBefore: 1440,
      sequence: 0,
      teammateSharesRatings: 0,
      createdBy: leaderId,
      createdAt: iso(new Date(first.getTime() - 3 * 24 * 3600 * 1000)),
      updatedAt: iso(first),
    };
    oneOnOne.push(row);
    const slots = occurrencesBetween(
      { cadence: plan.cadence, firstMeetingAt: first, timezone: row.timezone },
      first,
      new Date(now.getTime() + 60 * 24 * 3600 * 1000),
    );
    const writeNote = noteWriter();
    let pending: Insertable<AgendaItemsTable>[] = [];
    const heldCount = slots.filter((slot) => slot <= now).length;
    let heldIndex = 0;
    const pairMeetings: Selectable<MeetingsTable>[] = [];
    for (const slot of slots) {
      const upcoming = slot > now;
      const canceled = !upcoming && random() < plan.cancelRate;
      const moved = !upcoming && !canceled && random() < 0.08;
      const scheduledAt = moved ? new Date(slot.getTime() + 24 * 3600 * 1000) : slot;
      const meeting: Selectable<MeetingsTable> = {
        id: newId(),
        oneOnOneId: row.id,
        organizationId: orgId,
        scheduledAt: iso(scheduledAt),
        originalScheduledAt: moved ? iso(slot) : null,
        durationMinutes: 45,
        status: upcoming ? "scheduled" : canceled ? "canceled" : "completed",
        templateId: null,
        templateName,
        sections,
        startedAt: upcoming || canceled ? null : iso(scheduledAt),
        completedAt: upcoming || canceled ? null : iso(new Date(scheduledAt.getTime() + 45 * 60 * 1000)),
        canceledAt: canceled ? iso(new Date(slot.getTime() - 6 * 3600 * 1000)) : null,
        cancelReason: canceled ? pick(CANCEL_REASONS) : null,
        rescheduleReason: moved ? pick(RESCHEDULE_REASONS) : null,
        sequence: moved || canceled ? 1 : 0,
        remindedFor: null,
        editedAfterAt: null,
        createdAt: iso(new Date(slot.getTime() - 7 * 24 * 3600 * 1000)),
        updatedAt: iso(scheduledAt),
        sectionKey: null,
        sectionStartedAt: null,
        sectionPausedAt: null,
      };
      meetings.push(meeting);
      const items: Insertable<AgendaItemsTable>[] = pending.map((p, position) => ({
        ...p,
        id: newId(),
        meetingId: meeting.id,
        position,
        discussed: 0,
        carriedFromId: p.carriedFromId ?? p.id,
      }));
      const fresh = upcoming ? 1 : 2 + Math.floor(random() * 2);
      for (let i = 0; i < fresh; i++) {
        const [sectionKey, body] = pick(TOPICS);
        items.push({
          id: newId(),
          meetingId: meeting.id,
          oneOnOneId: row.id,
          sectionKey,
          authorId: random() < 0.6 ? teammateId : leaderId,
          body,
          position: items.length,
          discussed: 0,
          carriedFromId: null,
          standingItemId: null,
          createdAt: meeting.createdAt,
          updatedAt: meeting.createdAt,
        });
      }
      if (meeting.status === "completed") {
        for (const item of items) item.discussed = random() < 0.8 ? 1 : 0;
        notes.push({
          id: newId(),
          meetingId: meeting.id,
          kind: "shared",
          ownerKey: "shared",
          authorId: null,
          body: writeNote(random, items.find((item) => item.discussed)?.body),
          version: 1,
          updatedBy: leaderId,
          createdAt: meeting.completedAt as string,
          updatedAt: meeting.completedAt as string,
        });
        const actionCount = Math.floor(random() * 3);
        for (let i = 0; i < actionCount; i++) {
          const title = nextActionTitle(random);
          if (!title) break;
          const due = new Date(scheduledAt.getTime() + 7 * 24 * 3600 * 1000);
          const old = now.getTime() - scheduledAt.getTime() > 21 * 24 * 3600 * 1000;
          const status = old ? (random() < 0.85 ? "done" : "dropped") : "open";
          actions.push({
            id: newId(),
            oneOnOneId: row.id,
            meetingId: meeting.id,
            ownerId: random() < 0.7 ? teammateId : leaderId,
            title,
            dueDate: iso(due).slice(0, 10),
            status,
            completedAt: status === "open" ? null : iso(new Date(due.getTime() - 24 * 3600 * 1000)),
            createdBy: leaderId,
            createdAt: meeting.completedAt as string,
            updatedAt: meeting.completedAt as string,
          });
        }
        const when = meeting.completedAt as string;
        checkIns.push({
          meetingId: meeting.id,
          oneOnOneId: row.id,
          userId: teammateId,
          mood: plan.mood(heldIndex, heldCount),
          energy: Math.max(1, Math.min(5, plan.mood(heldIndex, heldCount) + (random() < 0.5 ? 0 : -1))),
          note: null,
          createdAt: meeting.scheduledAt,
          updatedAt: meeting.scheduledAt,
        });
        heldIndex++;
        if (random() < 0.3) {
          const improvement = random() < 0.3 ? pick(IMPROVEMENTS) : null;
          feedback.push({
            id: newId(),
            oneOnOneId: row.id,
            meetingId: meeting.id,
            fromUserId: leaderId,
            toUserId: teammateId,
            kind: improvement ? "improvement" : "praise",
            body: improvement ? improvement[0] : pick(PRAISE),
            example: improvement ? improvement[1] : null,
            createdAt: when,
          });
        }
        if (random() < 0.2) {
          feedback.push({
            id: newId(),
            oneOnOneId: row.id,
            meetingId: meeting.id,
            fromUserId: teammateId,
            toUserId: leaderId,
            kind: "upward",
            body: pick(UPWARD),
            example: null,
            createdAt: when,
          });
        }
        for (const userId of [leaderId, teammateId]) {
          ratings.push({
            meetingId: meeting.id,
            userId,
            score: 3 + Math.floor(random() * 3),
            createdAt: meeting.completedAt as string,
            updatedAt: meeting.completedAt as string,
          });
        }
      }
      agenda.push(...items);
      pairMeetings.push(meeting);
      pending = meeting.status === "scheduled" ? [] : items.filter((i) => !i.discussed);
      if (upcoming) break;
    }
    const [title, why, progressNotes] = GOALS[index % GOALS.length] as (typeof GOALS)[number];
    const held = pairMeetings.filter((m) => m.status === "completed");
    const goal: GoalsTable = {
      id: newId(),
      oneOnOneId: row.id,
      teammateId,
      title,
      why,
      targetDate: iso(new Date(now.getTime() + 90 * 24 * 3600 * 1000)).slice(0, 10),
      status: "active",
      createdBy: teammateId,
      createdAt: held[0]?.completedAt ?? row.createdAt,
      updatedAt: held[0]?.completedAt ?? row.createdAt,
    };
    goals.push(goal);
    for (const [i, body] of progressNotes.entries()) {
      const meeting = held[Math.max(0, held.length - 1 - 3 * (progressNotes.length - 1 - i))];
      progress.push({
        id: newId(),
        goalId: goal.id,
        meetingId: meeting?.id ?? null,
        authorId: i % 2 ? leaderId : teammateId,
        body,
        createdAt: meeting?.completedAt ?? goal.createdAt,
      });
    }
  }

  await db.kysely.transaction().execute(async (trx) => {
    const chunks = <T>(rows: T[]) =>
      Array.from({ length: Math.ceil(rows.length / 200) }, (_, i) => rows.slice(i * 200, i * 200 + 200));
    await trx.insertInto("oneOnOnes").values(oneOnOne).execute();
    for (const chunk of chunks(meetings)) await trx.insertInto("meetings").values(chunk).execute();
    for (const chunk of chunks(agenda)) await trx.insertInto("agendaItems").values(chunk).execute();
    for (const chunk of chunks(notes)) await trx.insertInto("notes").values(chunk).execute();
    for (const chunk of chunks(actions)) await trx.insertInto("actionItems").values(chunk).execute();
    for (const chunk of chunks(ratings)) await trx.insertInto("ratings").values(chunk).execute();
    for (const chunk of chunks(checkIns)) await trx.insertInto("checkIns").values(chunk).execute();
    for (const chunk of chunks(feedback)) await trx.insertInto("feedback").values(chunk).execute();
    await trx.insertInto("goals").values(goals).execute();
    await trx.insertInto("goalProgress").values(progress).execute();
  });
}
