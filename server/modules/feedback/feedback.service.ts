import type { CreateFeedbackBody, Feedback, FeedbackKind } from "../../../shared/schemas/memory.js";
import type { Actor, Deps } from "../../context.js";
import { newId } from "../../db/ids.js";
import { keysetPage } from "../../db/keyset.js";
import type { FeedbackTable } from "../../db/schema.js";
import { badRequest } from "../../http/errors.js";
import { requireMeetingAbility } from "../meetings/meeting-policy.js";
import { presentFeedback } from "../meetings/present-meeting.js";
import { requireParticipant } from "../one-on-ones/pair-policy.js";
import { insertFeedback, listFeedbackPage } from "./feedback.repo.js";

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
  const { meeting, oneOnOne, role } = await requireMeetingAbility(deps, actor, meetingId, "giveFeedback");
  const allowed: FeedbackKind[] = role === "leader" ? ["praise", "improvement"] : ["upward"];
  if (!allowed.includes(input.kind)) {
    throw badRequest("invalid_feedback_kind", `as the ${role} you can give ${allowed.join(" or ")} feedback`, "kind");
  }
  if (input.kind === "improvement" && !input.example) {
    throw badRequest("example_required", "an improvement point needs a concrete example", "example");
  }
  const row: FeedbackTable = {
    id: newId(),
    oneOnOneId: oneOnOne.id,
    meetingId,
    fromUserId: actor.userId,
    toUserId: role === "leader" ? oneOnOne.teammateId : oneOnOne.leaderId,
    kind: input.kind,
    body: input.body,
    example: input.example ?? null,
    createdAt: deps.clock.now().toISOString(),
  };
  await insertFeedback(deps.db.kysely, row);
  deps.live.publish({ type: "feedback.changed", meetingId, actor });
  return presentFeedback({ ...row, meetingScheduledAt: meeting.scheduledAt });
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
  const rows = await listFeedbackPage(deps.db.kysely, oneOnOneId, { ...query, userId: actor.userId });
  const { page, nextCursor } = keysetPage(rows, query.limit, (row) => ({ at: row.createdAt, id: row.id }));
  return { feedback: page.map(presentFeedback), nextCursor };
}
