import type { ErrorCode } from "../../../shared/errors.js";
import {
  MEETING_ACTIONS,
  type MeetingAbilities,
  type MeetingAction,
  type MeetingStatus,
} from "../../../shared/schemas/meetings.js";
import type { Actor, Deps } from "../../context.js";
import { type AppError, conflict, forbidden } from "../../http/errors.js";
import { type PairRole, requireMeetingParticipant } from "../one-on-ones/pair-policy.js";

type Rule = { statuses: readonly MeetingStatus[]; roles: readonly PairRole[] };

const OPEN: readonly MeetingStatus[] = ["scheduled"];
/** Held or still to come: what was said in a meeting can be added to until it is cancelled. */
const NOT_CANCELED: readonly MeetingStatus[] = ["scheduled", "completed"];
/** Whatever became of the meeting. */
const ANY: readonly MeetingStatus[] = ["scheduled", "completed", "canceled"];
const BOTH: readonly PairRole[] = ["leader", "teammate"];

/**
 * The one table of what a participant may do to a meeting and its items, by the meeting's
 * status and the caller's role. Services refuse through `requireAbility`, and the meeting's
 * page renders from `presentAbilities`, so the browser never decides these again. Rules on
 * one item (only its author rewords or deletes a talking point; which feedback kinds a role
 * gives) stay with the item.
 */
export const MEETING_ABILITIES = {
  start: { statuses: OPEN, roles: BOTH },
  complete: { statuses: OPEN, roles: BOTH },
  cancel: { statuses: OPEN, roles: BOTH },
  reschedule: { statuses: OPEN, roles: BOTH },
  rate: { statuses: NOT_CANCELED, roles: BOTH },
  addAgendaItem: { statuses: OPEN, roles: BOTH },
  editAgendaItem: { statuses: OPEN, roles: BOTH },
  deleteAgendaItem: { statuses: OPEN, roles: BOTH },
  checkIn: { statuses: OPEN, roles: ["teammate"] },
  writeSharedNote: { statuses: NOT_CANCELED, roles: BOTH },
  writePrivateNote: { statuses: NOT_CANCELED, roles: BOTH },
  addAction: { statuses: NOT_CANCELED, roles: BOTH },
  // An action outlives the meeting it came from: it can still be done or changed after that meeting was cancelled.
  updateAction: { statuses: ANY, roles: BOTH },
  giveFeedback: { statuses: NOT_CANCELED, roles: BOTH },
} as const satisfies Record<MeetingAction, Rule>;

type MeetingState = { status: MeetingStatus };

/** Why a meeting in this status refuses: its code is `meeting_<status>`. */
const STATUS_REFUSALS: Record<MeetingStatus, { code: ErrorCode; message: string }> = {
  scheduled: { code: "meeting_scheduled", message: "This meeting has not taken place yet" },
  completed: { code: "meeting_completed", message: "This meeting is completed; use the next one" },
  canceled: { code: "meeting_canceled", message: "This meeting was cancelled; use the next one" },
};

/** Why a participant in the other role is refused an action only one role may take. */
const ROLE_REFUSALS: Record<PairRole, { code: ErrorCode; message: string }> = {
  teammate: { code: "teammate_only", message: "Only the teammate can do this" },
  leader: { code: "leader_required", message: "Only the leader can do this" },
};

/** Why an action is refused: one error code per reason (the role first, then the meeting's status). */
export function refusal(role: PairRole, action: MeetingAction, meeting: MeetingState): AppError | null {
  const rule: Rule = MEETING_ABILITIES[action];
  if (!rule.roles.includes(role)) {
    const only = ROLE_REFUSALS[role === "leader" ? "teammate" : "leader"];
    return forbidden(only.code, only.message);
  }
  if (rule.statuses.includes(meeting.status)) return null;
  const refused = STATUS_REFUSALS[meeting.status];
  return conflict(refused.code, refused.message);
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
  requireAbility(access.role, action, access.meeting);
  return access;
}

/** Every ability of the caller on the meeting, for the meeting's page. */
export function presentAbilities(role: PairRole, meeting: MeetingState): MeetingAbilities {
  return Object.fromEntries(MEETING_ACTIONS.map((action) => [action, can(role, action, meeting)])) as MeetingAbilities;
}
