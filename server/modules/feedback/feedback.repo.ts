import type { FeedbackKind } from "../../../shared/schemas/memory.js";
import type { Executor } from "../../db/executor.js";
import { newestFirst } from "../../db/keyset.js";
import type { FeedbackTable } from "../../db/schema.js";

/** Stores a feedback entry. */
export async function insertFeedback(db: Executor, row: FeedbackTable): Promise<void> {
  await db.insertInto("feedback").values(row).execute();
}

/**
 * A page of a pair's feedback with each meeting's date, newest first, one more than
 * `limit`; `given`/`received` are from `userId`'s side.
 */
export function listFeedbackPage(
  db: Executor,
  oneOnOneId: string,
  query: {
    userId: string;
    kind?: FeedbackKind | undefined;
    direction?: "given" | "received" | undefined;
    before?: string | undefined;
    limit: number;
  },
) {
  let q = db
    .selectFrom("feedback")
    .innerJoin("meetings", "meetings.id", "feedback.meetingId")
    .selectAll("feedback")
    .select("meetings.scheduledAt as meetingScheduledAt")
    .where("feedback.oneOnOneId", "=", oneOnOneId);
  if (query.kind) q = q.where("feedback.kind", "=", query.kind);
  if (query.direction === "given") q = q.where("feedback.fromUserId", "=", query.userId);
  if (query.direction === "received") q = q.where("feedback.toUserId", "=", query.userId);
  return newestFirst(q, { at: "feedback.createdAt", id: "feedback.id" }, query.before, query.limit).execute();
}
