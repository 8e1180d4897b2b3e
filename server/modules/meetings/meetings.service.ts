import type { MeetingDetail, MeetingListItem, MeetingStatus, Note } from "../../../shared/schemas/meetings.js";
import { currentZoneName } from "../../../shared/time-zones.js";
import type { Actor, Deps } from "../../context.js";
import { decodeKeyset, type Keyset, keysetPage } from "../../db/keyset.js";
import type { NotesTable } from "../../db/schema.js";
import { nextSlotAfterMeeting } from "../one-on-ones/cadence.js";
import { loadGoals } from "../one-on-ones/one-on-one-goals.js";
import { listStandingItems } from "../one-on-ones/one-on-ones.repo.js";
import { requireMeetingParticipant, requireParticipant } from "../one-on-ones/pair-policy.js";
import { presentActionItem } from "../one-on-ones/present-action-item.js";
import { presentRatingSharing } from "../one-on-ones/rating-policy.js";
import { loadMeetingState, presentAbilities } from "./meeting-policy.js";
import { presentSection } from "./meeting-section.js";
import { listPresence } from "./meeting-section.repo.js";
import {
  findCheckIn,
  findMyRating,
  findNeighbours,
  listAgendaItems,
  listMeetingActions,
  listMeetingFeedback,
  listOneOnOneMeetingsPage,
  listPairPeople,
  listVisibleNotes,
  loadMeetingCounts,
} from "./meetings.repo.js";
import {
  presentAgendaItem,
  presentCheckIn,
  presentFeedback,
  presentMeetingSummary,
  presentSections,
} from "./present-meeting.js";

const EMPTY_NOTE: Note = { body: "", version: 0, updatedAt: null, updatedBy: null };
const presentNote = (row: Pick<NotesTable, "body" | "version" | "updatedAt" | "updatedBy"> | undefined): Note =>
  row ? { body: row.body, version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy } : EMPTY_NOTE;

/** Everything a participant sees of one meeting (P1; P2 for private notes). */
export async function getMeetingDetail(deps: Deps, actor: Actor, meetingId: string): Promise<MeetingDetail> {
  const { meeting, oneOnOne, role } = await requireMeetingParticipant(deps, actor, meetingId);
  const db = deps.db.kysely;
  const [people, agenda, standing, notes, actions, myRating, neighbours, checkIn, feedback, goals, presence, state] =
    await Promise.all([
      listPairPeople(db, oneOnOne),
      listAgendaItems(db, meeting.id),
      listStandingItems(db, oneOnOne.id),
      listVisibleNotes(db, meeting.id, actor.userId),
      listMeetingActions(db, meeting),
      findMyRating(db, meeting.id, actor.userId),
      findNeighbours(db, meeting),
      findCheckIn(db, meeting.id),
      listMeetingFeedback(db, meeting.id),
      loadGoals(db, { oneOnOneIds: [oneOnOne.id], status: "active" }),
      listPresence(db, meeting.id),
      loadMeetingState(db, meeting),
    ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const sections = presentSections(meeting, actor.locale);
  const pair = [oneOnOne.leaderId, oneOnOne.teammateId];
  const ref = (id: string) => {
    const p = byId.get(id);
    return { id, name: p?.name ?? "", email: p?.email ?? "", timezone: currentZoneName(p?.timezone ?? "UTC") };
  };
  return {
    meeting: presentMeetingSummary(meeting, actor.locale),
    oneOnOne: {
      id: oneOnOne.id,
      kind: oneOnOne.kind,
      leader: ref(oneOnOne.leaderId),
      teammate: ref(oneOnOne.teammateId),
      timezone: oneOnOne.timezone,
    },
    sections,
    agendaItems: agenda.map(presentAgendaItem),
    standingItems: standing,
    sharedNote: presentNote(notes.find((n) => n.ownerKey === "shared")),
    myPrivateNote: presentNote(notes.find((n) => n.ownerKey === actor.userId)),
    actionItems: actions.map((a) => presentActionItem(a, meeting.id)),
    myRating,
    ratingSharing: presentRatingSharing(oneOnOne, actor.userId),
    checkIn: checkIn ? presentCheckIn(checkIn) : null,
    feedback: feedback.map(presentFeedback),
    goals,
    previousMeeting: neighbours.previous,
    nextMeeting: neighbours.next,
    cadenceNextAt:
      meeting.status === "scheduled"
        ? (nextSlotAfterMeeting(oneOnOne, meeting, deps.clock.now())?.toISOString() ?? null)
        : null,
    oneOnOneStatus: oneOnOne.status,
    abilities: presentAbilities(role, state),
    section: presentSection(meeting, sections[0]?.key),
    presence: presence.filter((p) => pair.includes(p.userId)),
    serverNow: deps.clock.now().toISOString(),
  };
}

/**
 * `before` is an ISO timestamp or a cursor from a previous page. A timestamp takes the
 * meetings strictly before it: as a position its id is "", which no id is below.
 */
function decodeBefore(before: string): Keyset {
  if (/^\d{4}-\d{2}-\d{2}T/.test(before) && !Number.isNaN(Date.parse(before))) {
    return { at: new Date(before).toISOString(), id: "" };
  }
  return decodeKeyset(before);
}

/** A page of a 1:1's meetings, newest first, with keyset pagination and per-meeting counts. */
export async function listOneOnOneMeetings(
  deps: Deps,
  actor: Actor,
  oneOnOneId: string,
  query: { status?: MeetingStatus | undefined; before?: string | undefined; limit: number },
): Promise<{ meetings: MeetingListItem[]; nextCursor: string | null }> {
  await requireParticipant(deps, actor, oneOnOneId);
  const db = deps.db.kysely;
  const before = query.before ? decodeBefore(query.before) : null;
  const rows = await listOneOnOneMeetingsPage(db, oneOnOneId, { status: query.status, before, limit: query.limit });
  const { page: visible, nextCursor } = keysetPage(rows, query.limit, (m) => ({ at: m.scheduledAt, id: m.id }));
  const counts = await loadMeetingCounts(
    db,
    visible.map((m) => m.id),
  );
  const agendaBy = new Map(counts.agenda.map((c) => [c.meetingId, c]));
  const actionsBy = new Map(counts.actions.map((c) => [c.meetingId, Number(c.total)]));
  const notesBy = new Map(counts.notes.map((n) => [n.meetingId, n.body]));
  const meetings = visible.map((m) => {
    const note = notesBy.get(m.id)?.trim();
    return {
      ...presentMeetingSummary(m, actor.locale),
      agendaCount: Number(agendaBy.get(m.id)?.total ?? 0),
      discussedCount: Number(agendaBy.get(m.id)?.discussed ?? 0),
      actionCount: actionsBy.get(m.id) ?? 0,
      sharedNotePreview: note ? note.slice(0, 280) : null,
    };
  });
  return { meetings, nextCursor };
}
