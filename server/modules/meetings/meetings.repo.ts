import type { Kysely, Selectable } from "kysely";
import type { Locale } from "../../../shared/schemas/common.js";
import type { MeetingStatus } from "../../../shared/schemas/meetings.js";
import type { Executor } from "../../db/executor.js";
import { type Keyset, newestFirst } from "../../db/keyset.js";
import { preparedQuery } from "../../db/prepared-query.js";
import type { Database, MeetingsTable } from "../../db/schema.js";
import { isVisibleNote } from "../one-on-ones/pair-policy.js";

const agendaItemsOf = preparedQuery((db, p: { meetingId: string }) =>
  db
    .selectFrom("agendaItems as a")
    .leftJoin("agendaItems as src", "src.id", "a.carriedFromId")
    .leftJoin("meetings as srcMeeting", "srcMeeting.id", "src.meetingId")
    .selectAll("a")
    .select(["srcMeeting.id as carriedMeetingId", "srcMeeting.scheduledAt as carriedScheduledAt"])
    .where("a.meetingId", "=", p.meetingId)
    .orderBy("a.sectionKey")
    .orderBy("a.position")
    .orderBy("a.createdAt"),
);

/** A meeting's talking points, with the meeting each carried one came from. */
export function listAgendaItems(db: Kysely<Database>, meetingId: string) {
  return agendaItemsOf(db, { meetingId });
}

const meetingActions = preparedQuery((db, p: { oneOnOneId: string; meetingId: string; scheduledAt: string }) =>
  db
    .selectFrom("actionItems as a")
    .innerJoin("meetings as origin", "origin.id", "a.meetingId")
    .selectAll("a")
    .where("a.oneOnOneId", "=", p.oneOnOneId)
    .where((eb) =>
      eb.or([
        eb("a.meetingId", "=", p.meetingId),
        eb.and([
          eb("origin.scheduledAt", "<", p.scheduledAt),
          eb.or([eb("a.status", "=", "open"), eb("a.completedAt", ">=", p.scheduledAt)]),
        ]),
      ]),
    )
    .orderBy("a.createdAt")
    .orderBy("a.id"),
);

/**
 * Actions shown in a meeting: the ones created in it, plus follow-ups from
 * earlier meetings that are still open or were closed since it was scheduled.
 */
export function listMeetingActions(db: Kysely<Database>, meeting: Selectable<MeetingsTable>) {
  return meetingActions(db, {
    oneOnOneId: meeting.oneOnOneId,
    meetingId: meeting.id,
    scheduledAt: meeting.scheduledAt,
  });
}

const visibleNotes = preparedQuery((db, p: { meetingId: string; userId: string }) =>
  db
    .selectFrom("notes")
    // Not the Yjs state: the page gets that over the live channel.
    .select(["ownerKey", "body", "version", "updatedAt", "updatedBy"])
    .where("meetingId", "=", p.meetingId)
    .where((eb) => isVisibleNote(eb, "notes", p.userId)),
);

/** The shared note and the caller's own private note of a meeting (P2: never anyone else's). */
export function listVisibleNotes(db: Kysely<Database>, meetingId: string, userId: string) {
  return visibleNotes(db, { meetingId, userId });
}

type NeighbourParams = { oneOnOneId: string; scheduledAt: string; meetingId: string };
const NEIGHBOUR_COLUMNS = ["id", "scheduledAt", "status", "completedAt"] as const;

const previousMeeting = preparedQuery((db, p: NeighbourParams) =>
  db
    .selectFrom("meetings")
    .select(NEIGHBOUR_COLUMNS)
    .where("oneOnOneId", "=", p.oneOnOneId)
    .where((eb) =>
      eb.or([
        eb("scheduledAt", "<", p.scheduledAt),
        eb.and([eb("scheduledAt", "=", p.scheduledAt), eb("id", "<", p.meetingId)]),
      ]),
    )
    .orderBy("scheduledAt", "desc")
    .orderBy("id", "desc")
    .limit(1),
);

const nextMeeting = preparedQuery((db, p: NeighbourParams) =>
  db
    .selectFrom("meetings")
    .select(NEIGHBOUR_COLUMNS)
    .where("oneOnOneId", "=", p.oneOnOneId)
    .where((eb) =>
      eb.or([
        eb("scheduledAt", ">", p.scheduledAt),
        eb.and([eb("scheduledAt", "=", p.scheduledAt), eb("id", ">", p.meetingId)]),
      ]),
    )
    .orderBy("scheduledAt")
    .orderBy("id")
    .limit(1),
);

/** The meetings just before and just after one, in its 1:1. */
export async function findNeighbours(db: Kysely<Database>, meeting: Selectable<MeetingsTable>) {
  const params = { oneOnOneId: meeting.oneOnOneId, scheduledAt: meeting.scheduledAt, meetingId: meeting.id };
  const [previous, next] = await Promise.all([previousMeeting(db, params), nextMeeting(db, params)]);
  return { previous: previous[0] ?? null, next: next[0] ?? null };
}

const pairPeople = preparedQuery((db, p: { leaderId: string; teammateId: string }) =>
  db
    .selectFrom("users")
    .select(["id", "name", "email", "locale", "timezone"])
    .where("id", "in", [p.leaderId, p.teammateId]),
);

/** The two people of a pair: names and e-mails, the locale and time zone of each. */
export function listPairPeople(db: Kysely<Database>, oneOnOne: { leaderId: string; teammateId: string }) {
  return pairPeople(db, { leaderId: oneOnOne.leaderId, teammateId: oneOnOne.teammateId });
}

const myRating = preparedQuery((db, p: { meetingId: string; userId: string }) =>
  db.selectFrom("ratings").select("score").where("meetingId", "=", p.meetingId).where("userId", "=", p.userId),
);

/** The caller's own rating of a meeting (P2: never the other person's), or null. */
export async function findMyRating(db: Kysely<Database>, meetingId: string, userId: string) {
  const [row] = await myRating(db, { meetingId, userId });
  return row?.score ?? null;
}

const meetingCheckIn = preparedQuery((db, p: { meetingId: string }) =>
  db.selectFrom("checkIns").selectAll().where("meetingId", "=", p.meetingId),
);

/** A meeting's check-in, if the teammate gave one. */
export async function findCheckIn(db: Kysely<Database>, meetingId: string) {
  const [row] = await meetingCheckIn(db, { meetingId });
  return row;
}

const meetingFeedback = preparedQuery((db, p: { meetingId: string }) =>
  db
    .selectFrom("feedback")
    .innerJoin("meetings", "meetings.id", "feedback.meetingId")
    .selectAll("feedback")
    .select("meetings.scheduledAt as meetingScheduledAt")
    .where("feedback.meetingId", "=", p.meetingId)
    .orderBy("feedback.createdAt"),
);

/** Feedback given in a meeting, oldest first. */
export function listMeetingFeedback(db: Kysely<Database>, meetingId: string) {
  return meetingFeedback(db, { meetingId });
}

/** A person's language ("en" when unknown). */
export async function findUserLocale(db: Executor, userId: string): Promise<Locale> {
  const row = await db.selectFrom("users").select("locale").where("id", "=", userId).executeTakeFirst();
  return row?.locale ?? "en";
}

/** A page of a 1:1's meetings, newest first by (scheduledAt, id), one more than `limit`. */
export function listOneOnOneMeetingsPage(
  db: Executor,
  oneOnOneId: string,
  query: { status?: MeetingStatus | undefined; before: Keyset | null; limit: number },
) {
  let page = db.selectFrom("meetings").selectAll().where("oneOnOneId", "=", oneOnOneId);
  if (query.status) page = page.where("status", "=", query.status);
  return newestFirst(page, { at: "scheduledAt", id: "id" }, query.before, query.limit).execute();
}

/** Per meeting: its talking points (all, discussed), its next steps, its shared note. */
export async function loadMeetingCounts(db: Executor, meetingIds: string[]) {
  if (meetingIds.length === 0) return { agenda: [], actions: [], notes: [] };
  const [agenda, actions, notes] = await Promise.all([
    db
      .selectFrom("agendaItems")
      .select([
        "meetingId",
        (eb) => eb.fn.countAll<number>().as("total"),
        (eb) => eb.fn.sum<number>("discussed").as("discussed"),
      ])
      .where("meetingId", "in", meetingIds)
      .groupBy("meetingId")
      .execute(),
    db
      .selectFrom("actionItems")
      .select(["meetingId", (eb) => eb.fn.countAll<number>().as("total")])
      .where("meetingId", "in", meetingIds)
      .groupBy("meetingId")
      .execute(),
    db
      .selectFrom("notes")
      .select(["meetingId", "body"])
      .where("meetingId", "in", meetingIds)
      .where("ownerKey", "=", "shared")
      .execute(),
  ]);
  return { agenda, actions, notes };
}
