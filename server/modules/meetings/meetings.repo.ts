import type { Kysely } from "kysely";
import type { Database, MeetingsTable } from "../../db/schema.js";

/** A meeting's talking points, with the meeting each carried one came from. */
export function listAgendaItems(db: Kysely<Database>, meetingId: string) {
  return db
    .selectFrom("agendaItems as a")
    .leftJoin("agendaItems as src", "src.id", "a.carriedFromId")
    .leftJoin("meetings as srcMeeting", "srcMeeting.id", "src.meetingId")
    .selectAll("a")
    .select(["srcMeeting.id as carriedMeetingId", "srcMeeting.scheduledAt as carriedScheduledAt"])
    .where("a.meetingId", "=", meetingId)
    .orderBy("a.sectionKey")
    .orderBy("a.position")
    .orderBy("a.createdAt")
    .execute();
}

/**
 * Actions shown in a meeting: the ones created in it, plus follow-ups from
 * earlier meetings that are still open or were closed since it was scheduled.
 */
export function listMeetingActions(db: Kysely<Database>, meeting: MeetingsTable) {
  return db
    .selectFrom("actionItems as a")
    .innerJoin("meetings as origin", "origin.id", "a.meetingId")
    .selectAll("a")
    .where("a.oneOnOneId", "=", meeting.oneOnOneId)
    .where((eb) =>
      eb.or([
        eb("a.meetingId", "=", meeting.id),
        eb.and([
          eb("origin.scheduledAt", "<", meeting.scheduledAt),
          eb.or([eb("a.status", "=", "open"), eb("a.completedAt", ">=", meeting.scheduledAt)]),
        ]),
      ]),
    )
    .orderBy("a.createdAt")
    .orderBy("a.id")
    .execute();
}

/** The shared note and the caller's own private note of a meeting (P2: never anyone else's). */
export function listVisibleNotes(db: Kysely<Database>, meetingId: string, userId: string) {
  return (
    db
      .selectFrom("notes")
      // Not the Yjs state: the page gets that over the live channel.
      .select(["ownerKey", "body", "version", "updatedAt", "updatedBy"])
      .where("meetingId", "=", meetingId)
      .where("ownerKey", "in", ["shared", userId])
      .execute()
  );
}

/** The meetings just before and just after one, in its series. */
export async function findNeighbours(db: Kysely<Database>, meeting: MeetingsTable) {
  const columns = ["id", "scheduledAt", "status"] as const;
  const previous = await db
    .selectFrom("meetings")
    .select(columns)
    .where("oneOnOneId", "=", meeting.oneOnOneId)
    .where((eb) =>
      eb.or([
        eb("scheduledAt", "<", meeting.scheduledAt),
        eb.and([eb("scheduledAt", "=", meeting.scheduledAt), eb("id", "<", meeting.id)]),
      ]),
    )
    .orderBy("scheduledAt", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  const next = await db
    .selectFrom("meetings")
    .select(columns)
    .where("oneOnOneId", "=", meeting.oneOnOneId)
    .where((eb) =>
      eb.or([
        eb("scheduledAt", ">", meeting.scheduledAt),
        eb.and([eb("scheduledAt", "=", meeting.scheduledAt), eb("id", ">", meeting.id)]),
      ]),
    )
    .orderBy("scheduledAt")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  return { previous: previous ?? null, next: next ?? null };
}
