import type { CreateFeedbackBody, Feedback, FeedbackKind } from "../../../shared/schemas/memory.js";
import type { Actor, Deps } from "../../context.js";
import { newId } from "../../db/ids.js";
import { decodeKeyset, encodeKeyset } from "../../db/keyset.js";
import type { FeedbackTable } from "../../db/schema.js";
import { badRequest, conflict } from "../../http/errors.js";
import { requireMeetingParticipant, requireParticipant } from "../one-on-ones/pair-policy.js";

/** The public view of a feedback entry. */
export function presentFeedback(row: FeedbackTable & { meetingScheduledAt: string }): Feedback {
  return {
    id: row.id,
    oneOnOneId: row.oneOnOneId,
    meetingId: row.meetingId,
    meetingScheduledAt: row.meetingScheduledAt,
    fromUserId: row.fromUserId,
    toUserId: row.toUserId,
    kind: row.kind,
    body: row.body,
    example: row.example,
    createdAt: row.createdAt,
  };
}

/**
 * Records feedback in a meeting. The leader gives praise or an improvement
 * point (with an example); the teammate gives upward feedback to the leader.
 */
export async function giveFeedback(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: CreateFeedbackBody,
): Promise<Feedback> {
  const { meeting, series, role } = await requireMeetingParticipant(deps, actor, meetingId);
  if (meeting.status === "canceled") throw conflict("meeting_canceled", "This meeting was cancelled");
  const allowed: FeedbackKind[] = role === "leader" ? ["praise", "improvement"] : ["upward"];
  if (!allowed.includes(input.kind)) {
    throw badRequest("invalid_feedback_kind", `as the ${role} you can give ${allowed.join(" or ")} feedback`, "kind");
  }
  if (input.kind === "improvement" && !input.example) {
    throw badRequest("example_required", "an improvement point needs a concrete example", "example");
  }
  const row: FeedbackTable = {
    id: newId(),
    oneOnOneId: series.id,
    meetingId,
    fromUserId: actor.userId,
    toUserId: role === "leader" ? series.teammateId : series.leaderId,
    kind: input.kind,
    body: input.body,
    example: input.example ?? null,
    createdAt: deps.clock.now().toISOString(),
  };
  await deps.db.kysely.insertInto("feedback").values(row).execute();
  deps.live.publish({ type: "feedback.changed", meetingId, actor });
  return presentFeedback({ ...row, meetingScheduledAt: meeting.scheduledAt });
}

/** A feedback query joined with the meeting date. */
export function selectFeedback(deps: Deps) {
  return deps.db.kysely
    .selectFrom("feedback")
    .innerJoin("meetings", "meetings.id", "feedback.meetingId")
    .selectAll("feedback")
    .select("meetings.scheduledAt as meetingScheduledAt");
}

/** The pair's feedback history, newest first, filterable by kind and direction (given/received by the caller). */
export async function listFeedback(
  deps: Deps,
  actor: Actor,
  oneOnOneId: string,
  query: {
    kind?: FeedbackKind | undefined;
    direction?: "given" | "received" | undefined;
    before?: string | undefined;
    limit: number;
  },
): Promise<{ feedback: Feedback[]; nextCursor: string | null }> {
  await requireParticipant(deps, actor, oneOnOneId);
  let q = selectFeedback(deps).where("feedback.oneOnOneId", "=", oneOnOneId);
  if (query.kind) q = q.where("feedback.kind", "=", query.kind);
  if (query.direction === "given") q = q.where("feedback.fromUserId", "=", actor.userId);
  if (query.direction === "received") q = q.where("feedback.toUserId", "=", actor.userId);
  if (query.before) {
    const { at, id } = decodeKeyset(query.before);
    q = q.where((eb) =>
      eb.or([
        eb("feedback.createdAt", "<", at),
        eb.and([eb("feedback.createdAt", "=", at), eb("feedback.id", "<", id)]),
      ]),
    );
  }
  const rows = await q
    .orderBy("feedback.createdAt", "desc")
    .orderBy("feedback.id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    feedback: page.map(presentFeedback),
    nextCursor: rows.length > query.limit && last ? encodeKeyset(last.createdAt, last.id) : null,
  };
}
