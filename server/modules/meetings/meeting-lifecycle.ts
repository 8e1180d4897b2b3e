import type { Selectable, Updateable } from "kysely";
import type { MeetingAction, MeetingSummary } from "../../../shared/schemas/meetings.js";
import type { MeetingRef } from "../../../shared/schemas/one-on-ones.js";
import type { Actor, Deps, RequestMeta } from "../../context.js";
import { type Executor, withTransaction } from "../../db/executor.js";
import type { MeetingsTable, OneOnOnesTable } from "../../db/schema.js";
import { badRequest, notFound } from "../../http/errors.js";
import { type AuditEntry, recordAudit } from "../audit/audit.repo.js";
import { notifyScheduleChange } from "../calendar/schedule-email.js";
import { nextSlotAfterMeeting } from "../one-on-ones/cadence.js";
import { type PairRole, requireMeetingParticipant } from "../one-on-ones/pair-policy.js";
import { visibleRaters } from "../one-on-ones/rating-policy.js";
import { enqueueWebhookEvent } from "../webhooks/webhook-events.js";
import { carryOverUndiscussedItems } from "./carry-over.js";
import {
  findMeetingStatus,
  findScheduledMeeting,
  upsertRating as storeRating,
  updateMeeting,
  updateScheduledMeeting,
} from "./meeting-lifecycle.repo.js";
import {
  loadMeetingState,
  requireAbility,
  requireMeetingAbility,
  requireTimelyCompletion,
  requireTimelyStart,
} from "./meeting-policy.js";
import { presentMeetingSummary } from "./present-meeting.js";
import { sendRecapEmails } from "./recap-email.js";
import { scheduleMeeting } from "./schedule-meeting.js";

export interface Transition {
  meeting: MeetingSummary;
  nextMeeting: MeetingRef | null;
}

/**
 * A change to a scheduled meeting that found it closed meanwhile (a racing completion or
 * cancellation): refused for the reason it now has.
 */
async function refuseClosedMeanwhile(db: Executor, role: PairRole, action: MeetingAction, meetingId: string) {
  const now = await findMeetingStatus(db, meetingId);
  if (!now) throw notFound("Meeting");
  requireAbility(role, action, await loadMeetingState(db, now, action));
  throw new Error(`meeting ${meetingId} changed status while being changed`);
}

/**
 * Closes a meeting (completed or cancelled) and makes sure the next one
 * exists — at `nextAt` when given, else at the next cadence slot — then moves
 * the undiscussed talking points there.
 */
async function closeAndRollForward(
  deps: Deps,
  meeting: Selectable<MeetingsTable>,
  oneOnOne: Selectable<OneOnOnesTable>,
  role: PairRole,
  closing: Updateable<MeetingsTable>,
  nextAt: Date | null,
  audit: AuditEntry,
): Promise<{ closedMeeting: Selectable<MeetingsTable>; next: Selectable<MeetingsTable> | null }> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const action = audit.action === "meeting.completed" ? "complete" : "cancel";
  return withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    if (!(await updateScheduledMeeting(trx, meeting.id, { ...closing, updatedAt: nowIso })))
      await refuseClosedMeanwhile(trx, role, action, meeting.id);
    let next: Selectable<MeetingsTable> | null = (await findScheduledMeeting(trx, oneOnOne.id)) ?? null;
    if (!next && oneOnOne.status !== "ended") {
      const cadenceSlot = nextSlotAfterMeeting(oneOnOne, meeting, now);
      const slot = nextAt ?? cadenceSlot;
      if (slot) next = await scheduleMeeting(trx, deps, oneOnOne, slot);
      // A next date chosen at wrap-up moves that cadence occurrence; calendars show it as moved.
      if (next && nextAt && cadenceSlot && cadenceSlot.getTime() !== nextAt.getTime()) {
        const originalScheduledAt = cadenceSlot.toISOString();
        await updateMeeting(trx, next.id, { originalScheduledAt });
        next = { ...next, originalScheduledAt };
      }
    }
    if (next) await carryOverUndiscussedItems(deps.db, meeting, next, nowIso);
    await recordAudit(trx, deps.clock, audit);
    const closedMeeting = { ...meeting, ...closing, updatedAt: nowIso } as Selectable<MeetingsTable>;
    // In the same transaction: the event exists if and only if the meeting was completed.
    if (audit.action === "meeting.completed") {
      await enqueueWebhookEvent(trx, deps.clock, oneOnOne.organizationId, {
        type: "meeting.completed",
        meeting: closedMeeting,
        oneOnOne,
        nextMeeting: next,
      });
    }
    return { closedMeeting, next };
  });
}

/** The audit event of a meeting's transition: ids only, never the reason given. */
const meetingEvent = (
  action: `meeting.${"completed" | "canceled" | "rescheduled" | "started" | "unstarted" | "recap_amended"}`,
  actor: Actor,
  oneOnOne: Selectable<OneOnOnesTable>,
  meeting: Selectable<MeetingsTable>,
  meta: RequestMeta,
): AuditEntry => ({
  organizationId: oneOnOne.organizationId,
  actorUserId: actor.userId,
  action,
  targetType: "meeting",
  targetId: meeting.id,
  ip: meta.ip,
});

const ref = (m: Selectable<MeetingsTable> | null): MeetingRef | null =>
  m ? { id: m.id, scheduledAt: m.scheduledAt, status: m.status } : null;

/**
 * Starts the meeting (run mode) when a participant presses Start; idempotent. More than an
 * hour before its scheduled time it needs `confirmEarly` (409 `start_too_early` otherwise).
 */
export async function startMeeting(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: { confirmEarly?: boolean | undefined },
  meta: RequestMeta,
): Promise<MeetingSummary> {
  const { meeting, oneOnOne, role } = await requireMeetingParticipant(deps, actor, meetingId);
  if (meeting.status === "scheduled" && meeting.startedAt) return presentMeetingSummary(meeting, actor.locale);
  requireAbility(role, "start", meeting);
  requireTimelyStart(meeting, deps.clock.now(), input.confirmEarly === true);
  const startedAt = deps.clock.now().toISOString();
  if (!(await updateScheduledMeeting(deps.db.kysely, meeting.id, { startedAt, updatedAt: startedAt })))
    await refuseClosedMeanwhile(deps.db.kysely, role, "start", meeting.id);
  await recordAudit(deps.db.kysely, deps.clock, meetingEvent("meeting.started", actor, oneOnOne, meeting, meta));
  // The pair's earlier meetings too: their records freeze once this one starts.
  deps.live.publish({ type: "meeting.changed", oneOnOneId: oneOnOne.id, actor });
  return presentMeetingSummary({ ...meeting, startedAt, updatedAt: startedAt }, actor.locale);
}

/**
 * Un-starts a meeting started by mistake: allowed while nothing was recorded in it
 * (`meetingHasRecords`; 409 `meeting_has_records` otherwise). It is upcoming again.
 */
export async function unstartMeeting(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  meta: RequestMeta,
): Promise<MeetingSummary> {
  const { meeting, oneOnOne, role } = await requireMeetingAbility(deps, actor, meetingId, "unstart");
  const updatedAt = deps.clock.now().toISOString();
  if (!(await updateScheduledMeeting(deps.db.kysely, meeting.id, { startedAt: null, updatedAt })))
    await refuseClosedMeanwhile(deps.db.kysely, role, "unstart", meeting.id);
  await recordAudit(deps.db.kysely, deps.clock, meetingEvent("meeting.unstarted", actor, oneOnOne, meeting, meta));
  deps.live.publish({ type: "meeting.changed", meetingId: meeting.id, actor });
  return presentMeetingSummary({ ...meeting, startedAt: null, updatedAt }, actor.locale);
}

/**
 * Completes a meeting: records the caller's rating, schedules the next one
 * (cadence default, or `nextMeetingAt`), carries undiscussed points, and
 * sends both people a recap of the shared content.
 */
export async function completeMeeting(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: { nextMeetingAt?: string | undefined; rating?: number | undefined },
  meta: RequestMeta,
): Promise<Transition> {
  const { meeting, oneOnOne, role } = await requireMeetingAbility(deps, actor, meetingId, "complete");
  const nowIso = deps.clock.now().toISOString();
  const nextAt = input.nextMeetingAt ? new Date(input.nextMeetingAt) : null;
  if (nextAt && nextAt.getTime() <= deps.clock.now().getTime())
    throw badRequest("next_meeting_in_past", "must be in the future", "nextMeetingAt");
  requireTimelyCompletion(meeting, deps.clock.now());
  const { closedMeeting, next } = await closeAndRollForward(
    deps,
    meeting,
    oneOnOne,
    role,
    { status: "completed", completedAt: nowIso, startedAt: meeting.startedAt ?? nowIso },
    nextAt,
    meetingEvent("meeting.completed", actor, oneOnOne, meeting, meta),
  );
  if (input.rating !== undefined) await upsertRating(deps, meeting.id, actor.userId, input.rating);
  // The pair's next meeting changed too (carried points, follow-ups).
  deps.live.publish({ type: "meeting.changed", oneOnOneId: oneOnOne.id, actor });
  await sendRecapEmails(deps, closedMeeting, oneOnOne, next);
  return { meeting: presentMeetingSummary(closedMeeting, actor.locale), nextMeeting: ref(next) };
}

/** Cancels a meeting with a reason; its talking points move to the next occurrence. */
export async function cancelMeeting(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  reason: string,
  meta: RequestMeta,
): Promise<Transition> {
  const { meeting, oneOnOne, role } = await requireMeetingAbility(deps, actor, meetingId, "cancel");
  const nowIso = deps.clock.now().toISOString();
  const { closedMeeting, next } = await closeAndRollForward(
    deps,
    meeting,
    oneOnOne,
    role,
    { status: "canceled", canceledAt: nowIso, cancelReason: reason, sequence: meeting.sequence + 1 },
    null,
    meetingEvent("meeting.canceled", actor, oneOnOne, meeting, meta),
  );
  deps.live.publish({ type: "meeting.changed", oneOnOneId: oneOnOne.id, actor });
  await notifyScheduleChange(
    deps,
    oneOnOne.leaderId,
    oneOnOne.id,
    "updated",
    `m${meeting.id}:${closedMeeting.sequence}`,
  );
  return { meeting: presentMeetingSummary(closedMeeting, actor.locale), nextMeeting: ref(next) };
}

/** Moves a meeting to another time with a reason; the original slot is kept for cadence health and calendars. */
export async function rescheduleMeeting(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: { scheduledAt: string; reason: string },
  meta: RequestMeta,
): Promise<Transition> {
  const { meeting, oneOnOne, role } = await requireMeetingAbility(deps, actor, meetingId, "reschedule");
  const when = new Date(input.scheduledAt).toISOString();
  const nowIso = deps.clock.now().toISOString();
  const changes = {
    scheduledAt: when,
    originalScheduledAt: meeting.originalScheduledAt ?? meeting.scheduledAt,
    rescheduleReason: input.reason,
    sequence: meeting.sequence + 1,
    updatedAt: nowIso,
  };
  if (!(await updateScheduledMeeting(deps.db.kysely, meeting.id, changes)))
    await refuseClosedMeanwhile(deps.db.kysely, role, "reschedule", meeting.id);
  await recordAudit(deps.db.kysely, deps.clock, meetingEvent("meeting.rescheduled", actor, oneOnOne, meeting, meta));
  deps.live.publish({ type: "meeting.changed", meetingId: meeting.id, actor });
  await notifyScheduleChange(deps, oneOnOne.leaderId, oneOnOne.id, "updated", `m${meeting.id}:${changes.sequence}`);
  return {
    meeting: presentMeetingSummary({ ...meeting, ...changes }, actor.locale),
    nextMeeting: null,
  };
}

/** Stores the caller's "was this 1:1 useful?" score (1–5), replacing an earlier one. */
export async function upsertRating(deps: Deps, meetingId: string, userId: string, score: number): Promise<void> {
  await storeRating(deps.db.kysely, { meetingId, userId, score, now: deps.clock.now().toISOString() });
}

/** Rates a meeting that was held or is under way. */
export async function rateMeeting(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  score: number,
): Promise<{ score: number }> {
  const { meeting, oneOnOne } = await requireMeetingAbility(deps, actor, meetingId, "rate");
  await upsertRating(deps, meeting.id, actor.userId, score);
  // A rating is its author's alone: news to the rater's other tabs only, and to the leader
  // when the teammate shares their ratings with them.
  const sharedWithLeader =
    visibleRaters(oneOnOne, oneOnOne.leaderId).has(actor.userId) && actor.userId !== oneOnOne.leaderId;
  deps.live.publish({ type: "rating.changed", meetingId: meeting.id, actor, private: !sharedWithLeader });
  return { score };
}

/**
 * Sends both people the recap of a held meeting again, marked as amended: what its record
 * says now, after changes made since it was completed.
 */
export async function sendAmendedRecap(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  meta: RequestMeta,
): Promise<{ sent: true }> {
  const { meeting, oneOnOne } = await requireMeetingAbility(deps, actor, meetingId, "sendAmendedRecap");
  const next = (await findScheduledMeeting(deps.db.kysely, oneOnOne.id)) ?? null;
  await sendRecapEmails(deps, meeting, oneOnOne, next, { amendedAt: deps.clock.now().toISOString() });
  await recordAudit(deps.db.kysely, deps.clock, meetingEvent("meeting.recap_amended", actor, oneOnOne, meeting, meta));
  return { sent: true };
}
