import type { Selectable } from "kysely";
import type { MeetingSection, MoveSectionBody } from "../../../shared/schemas/meetings.js";
import { moveSectionClock } from "../../../shared/section-clock.js";
import type { Actor, Deps } from "../../context.js";
import type { MeetingsTable } from "../../db/schema.js";
import { badRequest, conflict } from "../../http/errors.js";
import { requireMeetingParticipant } from "../one-on-ones/pair-policy.js";
import { updateRunningSection } from "./meeting-section.repo.js";
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
  const section = moveSectionClock(current, body.sectionKey, body.running, now);
  const stored = { sectionKey: section.key, sectionStartedAt: section.startedAt, sectionPausedAt: section.pausedAt };
  if (!(await updateRunningSection(deps.db.kysely, meeting.id, stored))) {
    throw conflict("meeting_completed", "This meeting closed meanwhile");
  }
  deps.live.publish({ type: "meeting.section", meetingId: meeting.id, actor });
  return { section };
}
