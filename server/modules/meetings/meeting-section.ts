import type { Selectable } from "kysely";
import type { MeetingSection, MoveSectionBody } from "../../../shared/schemas/meetings.js";
import type { Actor, Deps } from "../../context.js";
import type { MeetingsTable } from "../../db/schema.js";
import { badRequest, conflict } from "../../http/errors.js";
import { requireMeetingParticipant } from "../one-on-ones/pair-policy.js";
import { type SectionState, updateRunningSection } from "./meeting-section.repo.js";
import { presentSections } from "./present-meeting.js";

type SectionColumns = Pick<
  Selectable<MeetingsTable>,
  "status" | "startedAt" | "sectionKey" | "sectionStartedAt" | "sectionPausedAt"
>;

/** The section both people are on while the meeting runs; before anyone moves on, the first, timed from the start. */
export function presentSection(meeting: SectionColumns, firstKey: string | undefined): MeetingSection | null {
  if (meeting.status !== "scheduled" || !meeting.startedAt) return null;
  if (meeting.sectionKey && meeting.sectionStartedAt) {
    return { key: meeting.sectionKey, startedAt: meeting.sectionStartedAt, pausedAt: meeting.sectionPausedAt };
  }
  return firstKey ? { key: firstKey, startedAt: meeting.startedAt, pausedAt: null } : null;
}

/** The clock after a move: a new section starts now; the same section pauses or resumes, keeping its elapsed time. */
export function nextSectionState(current: MeetingSection, body: MoveSectionBody, now: string): SectionState {
  const wasRunning = current.pausedAt === null;
  const running = body.running ?? wasRunning;
  if (body.sectionKey !== current.key) {
    return { sectionKey: body.sectionKey, sectionStartedAt: now, sectionPausedAt: running ? null : now };
  }
  if (running === wasRunning) {
    return { sectionKey: current.key, sectionStartedAt: current.startedAt, sectionPausedAt: current.pausedAt };
  }
  if (!running) return { sectionKey: current.key, sectionStartedAt: current.startedAt, sectionPausedAt: now };
  // Resuming: the start moves forward by the pause, so the elapsed time carries on where it stopped.
  const paused = Date.parse(now) - Date.parse(current.pausedAt ?? now);
  const startedAt = new Date(Date.parse(current.startedAt) + paused).toISOString();
  return { sectionKey: current.key, sectionStartedAt: startedAt, sectionPausedAt: null };
}

/**
 * Either participant moves both to a section, or pauses or resumes its clock, while the
 * meeting is in progress; the other person's page follows over the live channel.
 */
export async function moveSection(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  body: MoveSectionBody,
): Promise<{ section: MeetingSection }> {
  const { meeting } = await requireMeetingParticipant(deps, actor, meetingId);
  if (meeting.status === "completed") throw conflict("meeting_completed", "This meeting is completed");
  if (meeting.status === "canceled") throw conflict("meeting_canceled", "This meeting was cancelled");
  const sections = presentSections(meeting, actor.locale);
  const current = presentSection(meeting, sections[0]?.key);
  if (!current) throw conflict("meeting_not_started", "Start the meeting before moving through its sections");
  if (!sections.some((s) => s.key === body.sectionKey)) {
    throw badRequest("unknown_section", "not a section of this meeting", "sectionKey");
  }
  const now = deps.clock.now().toISOString();
  const state = nextSectionState(current, body, now);
  if (!(await updateRunningSection(deps.db.kysely, meeting.id, state))) {
    throw conflict("meeting_completed", "This meeting closed meanwhile");
  }
  deps.live.publish({ type: "meeting.section", meetingId: meeting.id, actor });
  return { section: { key: state.sectionKey, startedAt: state.sectionStartedAt, pausedAt: state.sectionPausedAt } };
}
