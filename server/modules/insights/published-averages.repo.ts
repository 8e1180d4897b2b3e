import { sql } from "kysely";
import type { Executor } from "../../db/executor.js";
import type { AggregateSnapshotsTable } from "../../db/schema.js";

/** The workspace's meetings scheduled in the period, with their 1:1's people and kind. */
function meetingsInPeriod(db: Executor, organizationId: string, period: { from: string; to: string }) {
  return db
    .selectFrom("meetings")
    .innerJoin("oneOnOnes", "oneOnOnes.id", "meetings.oneOnOneId")
    .select(["oneOnOnes.leaderId", "oneOnOnes.teammateId", "oneOnOnes.kind"])
    .where("meetings.organizationId", "=", organizationId)
    .where("meetings.scheduledAt", ">=", period.from)
    .where("meetings.scheduledAt", "<", period.to);
}

/** Every check-in mood and rating of the workspace's meetings in the period, given before it closed. */
export async function loadValues(db: Executor, organizationId: string, period: { from: string; to: string }) {
  const [ratings, moods] = await Promise.all([
    meetingsInPeriod(db, organizationId, period)
      .innerJoin("ratings", "ratings.meetingId", "meetings.id")
      .select([
        sql<string>`'r:' || ratings.meeting_id || ':' || ratings.user_id`.as("key"),
        "ratings.userId",
        "ratings.score as value",
      ])
      .where("ratings.createdAt", "<", period.to)
      .execute(),
    meetingsInPeriod(db, organizationId, period)
      .innerJoin("checkIns", "checkIns.meetingId", "meetings.id")
      .select([
        sql<string>`'c:' || check_ins.meeting_id || ':' || check_ins.user_id`.as("key"),
        "checkIns.userId",
        "checkIns.mood as value",
      ])
      .where("meetings.status", "!=", "canceled")
      .where("checkIns.createdAt", "<", period.to)
      .execute(),
  ]);
  return { ratings, moods };
}

/** The figures published for a workspace's period, if any. */
export function findSnapshot(db: Executor, organizationId: string, periodFrom: string) {
  return db
    .selectFrom("aggregateSnapshots")
    .select("figures")
    .where("organizationId", "=", organizationId)
    .where("periodFrom", "=", periodFrom)
    .executeTakeFirst();
}

/** Stores a period's figures; when another reader stored them first, theirs stay. */
export async function insertSnapshotUnlessStored(db: Executor, row: AggregateSnapshotsTable): Promise<void> {
  await db
    .insertInto("aggregateSnapshots")
    .values(row)
    .onConflict((oc) => oc.columns(["organizationId", "periodFrom"]).doNothing())
    .execute();
}
