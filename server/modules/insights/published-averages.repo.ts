import { sql } from "kysely";
import type { Executor } from "../../db/executor.js";
import type { AggregateSnapshotsTable } from "../../db/schema.js";

/** Every check-in mood and rating of the workspace's meetings in the period, given before it closed. */
export async function loadValues(db: Executor, organizationId: string, period: { from: string; to: string }) {
  const [ratings, moods] = await Promise.all([
    db
      .selectFrom("ratings")
      .innerJoin("meetings", "meetings.id", "ratings.meetingId")
      .innerJoin("oneOnOnes", "oneOnOnes.id", "meetings.oneOnOneId")
      .select([
        sql<string>`'r:' || ratings.meeting_id || ':' || ratings.user_id`.as("key"),
        "oneOnOnes.leaderId",
        "oneOnOnes.teammateId",
        "oneOnOnes.kind",
        "ratings.userId",
        "ratings.score as value",
      ])
      .where("meetings.organizationId", "=", organizationId)
      .where("meetings.scheduledAt", ">=", period.from)
      .where("meetings.scheduledAt", "<", period.to)
      .where("ratings.createdAt", "<", period.to)
      .execute(),
    db
      .selectFrom("checkIns")
      .innerJoin("meetings", "meetings.id", "checkIns.meetingId")
      .innerJoin("oneOnOnes", "oneOnOnes.id", "meetings.oneOnOneId")
      .select([
        sql<string>`'c:' || check_ins.meeting_id || ':' || check_ins.user_id`.as("key"),
        "oneOnOnes.leaderId",
        "oneOnOnes.teammateId",
        "oneOnOnes.kind",
        "checkIns.userId",
        "checkIns.mood as value",
      ])
      .where("meetings.organizationId", "=", organizationId)
      .where("meetings.status", "!=", "canceled")
      .where("meetings.scheduledAt", ">=", period.from)
      .where("meetings.scheduledAt", "<", period.to)
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
