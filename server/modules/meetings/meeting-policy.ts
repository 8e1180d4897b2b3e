import type { Selectable } from "kysely";
import type { ErrorCode } from "../../../shared/errors.js";
import {
  MEETING_ACTIONS,
  type MeetingAbilities,
  type MeetingAction,
  type MeetingStatus,
} from "../../../shared/schemas/meetings.js";
import type { Actor, Deps } from "../../context.js";
import type { Executor } from "../../db/executor.js";
import type { MeetingsTable } from "../../db/schema.js";
import { type AppError, conflict, forbidden } from "../../http/errors.js";
import { type PairRole, requireMeetingParticipant } from "../one-on-ones/pair-policy.js";
import { laterMeetingStarted, meetingHasRecords } from "./meeting-state.repo.js";

type Rule = { phases: readonly MeetingPhase[]; roles: readonly PairRole[] };

/**
 * Where a meeting is in its life. `upcoming` and `running` are both status `scheduled`
 * (running once someone pressed Start); `held` is a completed meeting whose record may still
 * be amended, until a later meeting of the series starts; `closed` is completed and frozen.
 */
export type MeetingPhase = "upcoming" | "running" | "held" | "closed" | "canceled";

/**
 * What the table needs to know of a meeting. `laterStarted` (completed meetings only):
 * whether a later meeting of the same series has been started or completed, which freezes
 * this one's record. `recorded` (a running meeting, when known): whether anything was
 * recorded in it since it was started (see `meetingHasRecords`), which forbids un-starting it.
 */
export interface MeetingState {
  status: MeetingStatus;
  startedAt: string | null;
  laterStarted?: boolean | undefined;
  recorded?: boolean | undefined;
}

export function phaseOf(m: MeetingState): MeetingPhase {
  if (m.status === "scheduled") return m.startedAt ? "running" : "upcoming";
  if (m.status === "completed") return m.laterStarted ? "closed" : "held";
  return "canceled";
}

const OPEN: readonly MeetingPhase[] = ["upcoming", "running"];
/** Open, or held with its record still amendable: shared notes, next steps and ticks. */
const AMENDABLE: readonly MeetingPhase[] = ["upcoming", "running", "held"];
/** Held or still to come: what was said in a meeting can be added to until it is cancelled. */
const NOT_CANCELED: readonly MeetingPhase[] = ["upcoming", "running", "held", "closed"];
const COMPLETED: readonly MeetingPhase[] = ["held", "closed"];
/** Whatever became of the meeting. */
const ANY: readonly MeetingPhase[] = ["upcoming", "running", "held", "closed", "canceled"];
const BOTH: readonly PairRole[] = ["leader", "teammate"];

/**
 * The one table of what a participant may do to a meeting and its items, by the meeting's
 * phase and the caller's role. Services refuse through `requireAbility`, and the meeting's
 * page renders from `presentAbilities`, so the browser never decides these again. Rules on
 * one item (only its author rewords or deletes a talking point; which feedback kinds a role
 * gives) stay with the item; so do the clock's rules (`requireTimelyStart`, `requireTimelyCompletion`).
 */
export const MEETING_ABILITIES = {
  start: { phases: ["upcoming"], roles: BOTH },
  // Also only while nothing was recorded in it: see `meetingHasRecords`.
  unstart: { phases: ["running"], roles: BOTH },
  complete: { phases: OPEN, roles: BOTH },
  cancel: { phases: OPEN, roles: BOTH },
  reschedule: { phases: OPEN, roles: BOTH },
  rate: { phases: NOT_CANCELED, roles: BOTH },
  addAgendaItem: { phases: OPEN, roles: BOTH },
  editAgendaItem: { phases: OPEN, roles: BOTH },
  deleteAgendaItem: { phases: OPEN, roles: BOTH },
  // Ticking a point as discussed (or not) is part of the record, amendable after the meeting.
  tickAgendaItem: { phases: AMENDABLE, roles: BOTH },
  checkIn: { phases: OPEN, roles: ["teammate"] },
  writeSharedNote: { phases: AMENDABLE, roles: BOTH },
  // Your private note is yours to edit, always.
  writePrivateNote: { phases: ANY, roles: BOTH },
  addAction: { phases: AMENDABLE, roles: BOTH },
  // An action outlives the meeting it came from: it can still be done or changed after that meeting was cancelled.
  updateAction: { phases: ANY, roles: BOTH },
  giveFeedback: { phases: NOT_CANCELED, roles: BOTH },
  sendAmendedRecap: { phases: COMPLETED, roles: BOTH },
} as const satisfies Record<MeetingAction, Rule>;

/** Why a meeting in this phase refuses: its code is `meeting_<status>` (`meeting_not_started` to un-start one not started). */
const PHASE_REFUSALS: Record<MeetingPhase, { code: ErrorCode; message: string }> = {
  upcoming: { code: "meeting_not_started", message: "This meeting has not been started" },
  running: { code: "meeting_scheduled", message: "This meeting has not taken place yet" },
  held: { code: "meeting_completed", message: "This meeting is completed; use the next one" },
  closed: { code: "meeting_completed", message: "This meeting is completed and the next one has started" },
  canceled: { code: "meeting_canceled", message: "This meeting was cancelled; use the next one" },
};

/** Why a participant in the other role is refused an action only one role may take. */
const ROLE_REFUSALS: Record<PairRole, { code: ErrorCode; message: string }> = {
  teammate: { code: "teammate_only", message: "Only the teammate can do this" },
  leader: { code: "leader_required", message: "Only the leader can do this" },
};

/**
 * Why an action is refused: one error code per reason (the role first, then the meeting's
 * phase, then, to un-start, what was recorded).
 */
export function refusal(role: PairRole, action: MeetingAction, meeting: MeetingState): AppError | null {
  const rule: Rule = MEETING_ABILITIES[action];
  if (!rule.roles.includes(role)) {
    const only = ROLE_REFUSALS[role === "leader" ? "teammate" : "leader"];
    return forbidden(only.code, only.message);
  }
  const phase = phaseOf(meeting);
  if (!rule.phases.includes(phase)) {
    const refused = PHASE_REFUSALS[phase === "upcoming" && action !== "unstart" ? "running" : phase];
    return conflict(refused.code, refused.message);
  }
  if (action === "unstart" && meeting.recorded)
    return conflict("meeting_has_records", "Something was already recorded in this meeting; it can't be un-started");
  return null;
}

/** Whether a participant in `role` may do `action` to the meeting as it is now. */
export function can(role: PairRole, action: MeetingAction, meeting: MeetingState): boolean {
  return refusal(role, action, meeting) === null;
}

/** Refuses, with the reason's code, an action the table does not allow. */
export function requireAbility(role: PairRole, action: MeetingAction, meeting: MeetingState): void {
  const refused = refusal(role, action, meeting);
  if (refused) throw refused;
}

/**
 * The door of a meeting write: the caller must be a participant (404 otherwise, P5) and
 * the table must allow the action; the meeting, its 1:1 and the caller's role.
 */
export async function requireMeetingAbility(deps: Deps, actor: Actor, meetingId: string, action: MeetingAction) {
  const access = await requireMeetingParticipant(deps, actor, meetingId);
  requireAbility(access.role, action, await loadMeetingState(deps.db.kysely, access.meeting, action));
  return access;
}

type StoredMeeting = Pick<Selectable<MeetingsTable>, "id" | "oneOnOneId" | "status" | "scheduledAt" | "startedAt">;

/**
 * The meeting's state as the table needs it: whether a later meeting froze a completed one,
 * and, to un-start (or show Un-start), whether anything was recorded in a running one.
 */
export async function loadMeetingState(
  db: Executor,
  meeting: StoredMeeting,
  action?: MeetingAction,
): Promise<MeetingState> {
  const state: MeetingState = { status: meeting.status, startedAt: meeting.startedAt };
  if (meeting.status === "completed") state.laterStarted = await laterMeetingStarted(db, meeting);
  if (meeting.status === "scheduled" && meeting.startedAt && (action === undefined || action === "unstart"))
    state.recorded = await meetingHasRecords(db, meeting.id, meeting.startedAt);
  return state;
}

/** Starting more than this long before the scheduled time needs `confirmEarly`. */
export const START_EARLY_LIMIT_MS = 3600 * 1000;
/** A meeting can't be completed more than this long before its scheduled time: move it first. */
export const COMPLETE_EARLY_LIMIT_MS = 24 * 3600 * 1000;

/** Starting long before the scheduled time is most likely a mistake: it needs the caller's confirmation. */
export function requireTimelyStart(meeting: { scheduledAt: string }, now: Date, confirmEarly: boolean): void {
  if (confirmEarly || new Date(meeting.scheduledAt).getTime() - now.getTime() <= START_EARLY_LIMIT_MS) return;
  throw conflict("start_too_early", "This meeting is scheduled more than an hour from now; confirm to start it anyway");
}

/** A meeting held long before its date is moved there first, so its history stays true. */
export function requireTimelyCompletion(meeting: { scheduledAt: string }, now: Date): void {
  if (new Date(meeting.scheduledAt).getTime() - now.getTime() <= COMPLETE_EARLY_LIMIT_MS) return;
  throw conflict(
    "complete_too_early",
    "This meeting is scheduled more than 24 hours from now; reschedule it to today before completing it",
  );
}

/** Every ability of the caller on the meeting, for the meeting's page. */
export function presentAbilities(role: PairRole, meeting: MeetingState): MeetingAbilities {
  return Object.fromEntries(MEETING_ACTIONS.map((action) => [action, can(role, action, meeting)])) as MeetingAbilities;
}

/** Whether the meeting's shared notes take writes (both roles share the rule): the live channel's gate. */
export async function sharedNotesWritable(db: Executor, meeting: StoredMeeting): Promise<boolean> {
  return can("leader", "writeSharedNote", await loadMeetingState(db, meeting, "writeSharedNote"));
}
