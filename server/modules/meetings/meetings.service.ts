import type { Locale } from "../../../shared/schemas/common.js";
import type { MeetingDetail, MeetingListItem, Note } from "../../../shared/schemas/meetings.js";
import type { Actor, Deps } from "../../context.js";
import { decodeKeyset, encodeKeyset } from "../../db/keyset.js";
import type { NotesTable } from "../../db/schema.js";
import { presentCheckIn } from "../check-ins/check-ins.service.js";
import { presentFeedback } from "../feedback/feedback.service.js";
import { requireMeetingParticipant, requireParticipant } from "../one-on-ones/pair-policy.js";
import { presentRatingSharing } from "../one-on-ones/rating-policy.js";
import { nextSlotAfterMeeting } from "../one-on-ones/series-cadence.js";
import { loadGoals } from "../one-on-ones/series-goals.js";
import {
  findCheckIn,
  findMyRating,
  findNeighbours,
  listAgendaItems,
  listMeetingActions,
  listMeetingFeedback,
  listPairPeople,
  listStandingItems,
  listVisibleNotes,
} from "./meetings.repo.js";
import { presentActionItem, presentAgendaItem, presentMeetingSummary, presentSections } from "./present-meeting.js";

const EMPTY_NOTE: Note = { body: "", version: 0, updatedAt: null, updatedBy: null };
const presentNote = (row: Pick<NotesTable, "body" | "version" | "updatedAt" | "updatedBy"> | undefined): Note =>
  row ? { body: row.body, version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy } : EMPTY_NOTE;

/** Everything a participant sees of one meeting (P1; P2 for private notes). */
export async function getMeetingDetail(deps: Deps, actor: Actor, meetingId: string): Promise<MeetingDetail> {
  const { meeting, series } = await requireMeetingParticipant(deps, actor, meetingId);
  const db = deps.db.kysely;
  const [people, agenda, standing, notes, actions, myRating, neighbours, checkIn, feedback, goals] = await Promise.all([
    listPairPeople(db, series),
    listAgendaItems(db, meeting.id),
    listStandingItems(db, series.id),
    listVisibleNotes(db, meeting.id, actor.userId),
    listMeetingActions(db, meeting),
    findMyRating(db, meeting.id, actor.userId),
    findNeighbours(db, meeting),
    findCheckIn(db, meeting.id),
    listMeetingFeedback(db, meeting.id),
    loadGoals(db, { oneOnOneIds: [series.id], status: "active" }),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const locale = (byId.get(actor.userId)?.locale ?? "en") as Locale;
  const ref = (id: string) => {
    const p = byId.get(id);
    return { id, name: p?.name ?? "", email: p?.email ?? "" };
  };
  return {
    meeting: presentMeetingSummary(meeting, locale),
    oneOnOne: {
      id: series.id,
      kind: series.kind,
      leader: ref(series.leaderId),
      teammate: ref(series.teammateId),
      timezone: series.timezone,
    },
    sections: presentSections(meeting, locale),
    agendaItems: agenda.map(presentAgendaItem),
    standingItems: standing,
    sharedNote: presentNote(notes.find((n) => n.ownerKey === "shared")),
    myPrivateNote: presentNote(notes.find((n) => n.ownerKey === actor.userId)),
    actionItems: actions.map((a) => presentActionItem(a, meeting.id)),
    myRating,
    ratingSharing: presentRatingSharing(series, actor.userId),
    checkIn: checkIn ? presentCheckIn(checkIn) : null,
    feedback: feedback.map(presentFeedback),
    goals,
    previousMeeting: neighbours.previous,
    nextMeeting: neighbours.next,
    cadenceNextAt:
      meeting.status === "scheduled"
        ? (nextSlotAfterMeeting(series, meeting, deps.clock.now())?.toISOString() ?? null)
        : null,
    seriesStatus: series.status,
  };
}

/** `before` is an ISO timestamp or a cursor from a previous page. */
function decodeBefore(before: string): { scheduledAt: string; id: string | null } {
  if (/^\d{4}-\d{2}-\d{2}T/.test(before) && !Number.isNaN(Date.parse(before))) {
    return { scheduledAt: new Date(before).toISOString(), id: null };
  }
  const { at, id } = decodeKeyset(before);
  return { scheduledAt: at, id };
}

/** A page of a series' meetings, newest first, with keyset pagination and per-meeting counts. */
export async function listSeriesMeetings(
  deps: Deps,
  actor: Actor,
  oneOnOneId: string,
  query: { status?: "scheduled" | "completed" | "canceled" | undefined; before?: string | undefined; limit: number },
): Promise<{ meetings: MeetingListItem[]; nextCursor: string | null }> {
  await requireParticipant(deps, actor, oneOnOneId);
  const db = deps.db.kysely;
  let page = db.selectFrom("meetings").selectAll().where("oneOnOneId", "=", oneOnOneId);
  if (query.status) page = page.where("status", "=", query.status);
  if (query.before) {
    const { scheduledAt, id } = decodeBefore(query.before);
    page = page.where((eb) =>
      id === null
        ? eb("scheduledAt", "<", scheduledAt)
        : eb.or([
            eb("scheduledAt", "<", scheduledAt),
            eb.and([eb("scheduledAt", "=", scheduledAt), eb("id", "<", id)]),
          ]),
    );
  }
  const rows = await page
    .orderBy("scheduledAt", "desc")
    .orderBy("id", "desc")
    .limit(query.limit + 1)
    .execute();
  const visible = rows.slice(0, query.limit);
  const ids = visible.map((m) => m.id);
  const locale = ((await db.selectFrom("users").select("locale").where("id", "=", actor.userId).executeTakeFirst())
    ?.locale ?? "en") as Locale;
  const [agendaCounts, actionCounts, notes] = ids.length
    ? await Promise.all([
        db
          .selectFrom("agendaItems")
          .select([
            "meetingId",
            (eb) => eb.fn.countAll<number>().as("total"),
            (eb) => eb.fn.sum<number>("discussed").as("discussed"),
          ])
          .where("meetingId", "in", ids)
          .groupBy("meetingId")
          .execute(),
        db
          .selectFrom("actionItems")
          .select(["meetingId", (eb) => eb.fn.countAll<number>().as("total")])
          .where("meetingId", "in", ids)
          .groupBy("meetingId")
          .execute(),
        db
          .selectFrom("notes")
          .select(["meetingId", "body"])
          .where("meetingId", "in", ids)
          .where("ownerKey", "=", "shared")
          .execute(),
      ])
    : [[], [], []];
  const agendaBy = new Map(agendaCounts.map((c) => [c.meetingId, c]));
  const actionsBy = new Map(actionCounts.map((c) => [c.meetingId, Number(c.total)]));
  const notesBy = new Map(notes.map((n) => [n.meetingId, n.body]));
  const meetings = visible.map((m) => {
    const note = notesBy.get(m.id)?.trim();
    return {
      ...presentMeetingSummary(m, locale),
      agendaCount: Number(agendaBy.get(m.id)?.total ?? 0),
      discussedCount: Number(agendaBy.get(m.id)?.discussed ?? 0),
      actionCount: actionsBy.get(m.id) ?? 0,
      sharedNotePreview: note ? note.slice(0, 280) : null,
    };
  });
  const last = visible[visible.length - 1];
  const nextCursor = rows.length > query.limit && last ? encodeKeyset(last.scheduledAt, last.id) : null;
  return { meetings, nextCursor };
}
