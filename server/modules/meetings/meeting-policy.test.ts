import { describe, expect, it } from "vitest";
import { MEETING_ACTIONS, type MeetingAction } from "../../../shared/schemas/meetings.js";
import { buildPair } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";
import type { PairRole } from "../one-on-ones/pair-policy.js";
import { can, type MeetingPhase, type MeetingState, phaseOf, presentAbilities, refusal } from "./meeting-policy.js";

/** The rules as the product states them, written out apart from the table they check. */
const ONLY_WHILE_OPEN: MeetingAction[] = [
  "complete",
  "cancel",
  "reschedule",
  "addAgendaItem",
  "editAgendaItem",
  "deleteAgendaItem",
  "checkIn",
];
/** The record (shared notes, next steps, ticks) stays amendable after the meeting until a later one starts. */
const UNTIL_NEXT_STARTS: MeetingAction[] = ["writeSharedNote", "addAction", "tickAgendaItem"];
const UNTIL_CANCELED: MeetingAction[] = ["rate", "giveFeedback"];
/** An action outlives its meeting, and your private note is yours: always. */
const ALWAYS: MeetingAction[] = ["updateAction", "writePrivateNote"];
const START: MeetingAction[] = ["start"];
const UNSTART: MeetingAction[] = ["unstart"];
const ONCE_COMPLETED: MeetingAction[] = ["sendAmendedRecap"];
const TEAMMATE_ONLY: MeetingAction[] = ["checkIn"];

const PHASES: Record<MeetingPhase, MeetingState> = {
  upcoming: { status: "scheduled", startedAt: null },
  running: { status: "scheduled", startedAt: "2026-03-02T09:00:00.000Z", recorded: false },
  held: { status: "completed", startedAt: "2026-03-02T09:00:00.000Z", laterStarted: false },
  closed: { status: "completed", startedAt: "2026-03-02T09:00:00.000Z", laterStarted: true },
  canceled: { status: "canceled", startedAt: null },
};
const ROLES: PairRole[] = ["leader", "teammate"];

function allowedIn(action: MeetingAction, phase: MeetingPhase): boolean {
  if (ALWAYS.includes(action)) return true;
  if (START.includes(action)) return phase === "upcoming";
  if (UNSTART.includes(action)) return phase === "running";
  if (ONCE_COMPLETED.includes(action)) return phase === "held" || phase === "closed";
  if (ONLY_WHILE_OPEN.includes(action)) return phase === "upcoming" || phase === "running";
  if (UNTIL_NEXT_STARTS.includes(action)) return phase !== "closed" && phase !== "canceled";
  return phase !== "canceled";
}

/** What the code of a refusal must be, or null when allowed. */
function expectedRefusal(role: PairRole, action: MeetingAction, phase: MeetingPhase): string | null {
  if (TEAMMATE_ONLY.includes(action) && role !== "teammate") return "teammate_only";
  if (allowedIn(action, phase)) return null;
  if (phase === "upcoming" && action === "unstart") return "meeting_not_started";
  return `meeting_${PHASES[phase].status}`;
}

describe("the meeting ability table", () => {
  it("lists every action once, under one of the rules", () => {
    const listed = [
      ...ONLY_WHILE_OPEN,
      ...UNTIL_NEXT_STARTS,
      ...UNTIL_CANCELED,
      ...ALWAYS,
      ...START,
      ...UNSTART,
      ...ONCE_COMPLETED,
    ];
    expect(listed.sort()).toEqual([...MEETING_ACTIONS].sort());
  });

  for (const action of MEETING_ACTIONS)
    for (const [phase, state] of Object.entries(PHASES) as [MeetingPhase, MeetingState][])
      for (const role of ROLES) {
        const code = expectedRefusal(role, action, phase);
        it(`${role} ${code ? `may not ${action} (${code})` : `may ${action}`} a ${phase} meeting`, () => {
          expect(phaseOf(state)).toBe(phase);
          expect(refusal(role, action, state)?.code ?? null).toBe(code);
          expect(can(role, action, state)).toBe(code === null);
          expect(presentAbilities(role, state)[action]).toBe(code === null);
        });
      }

  it("refuses to un-start a running meeting once something was recorded in it", () => {
    const recorded = { ...PHASES.running, recorded: true };
    expect(refusal("leader", "unstart", recorded)?.code).toBe("meeting_has_records");
    expect(presentAbilities("teammate", recorded).unstart).toBe(false);
  });
});

describeEachEngine("meeting abilities over HTTP", (ctx) => {
  const m = (id: string, rest = "") => `/api/v1/meetings/${id}${rest}`;

  it("sends each participant their abilities, and the answers agree with them while scheduled", async () => {
    const w = await buildPair(ctx.current);
    const leaderView = await w.leader.client.get(m(w.meetingId));
    const teammateView = await w.teammate.client.get(m(w.meetingId));
    expect(leaderView.body.abilities).toEqual(presentAbilities("leader", PHASES.upcoming));
    expect(teammateView.body.abilities).toEqual(presentAbilities("teammate", PHASES.upcoming));
    expect(leaderView.body.abilities.checkIn).toBe(false);
    const byLeader = await w.leader.client.post(m(w.meetingId, "/check-in"), { mood: 4 });
    expect(byLeader.status).toBe(403);
    expect(byLeader.body.error.code).toBe("teammate_only");
    expect((await w.teammate.client.post(m(w.meetingId, "/check-in"), { mood: 4 })).status).toBe(200);
  });

  it("refuses what a completed meeting no longer allows, with meeting_completed, and allows the rest", async () => {
    const w = await buildPair(ctx.current);
    expect((await w.leader.client.post(m(w.meetingId, "/complete"), {})).status).toBe(200);
    const view = await w.teammate.client.get(m(w.meetingId));
    expect(view.body.abilities).toEqual(presentAbilities("teammate", PHASES.held));
    const late = await w.teammate.client.post(m(w.meetingId, "/agenda-items"), { body: "Too late" });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("meeting_completed");
    const checkIn = await w.teammate.client.post(m(w.meetingId, "/check-in"), { mood: 2 });
    expect(checkIn.body.error.code).toBe("meeting_completed");
    const action = await w.teammate.client.post(m(w.meetingId, "/action-items"), {
      title: "Send the notes",
      ownerId: w.teammate.userId,
    });
    expect(action.status).toBe(201);
    expect(view.body.abilities.addAction).toBe(true);
  });

  it("refuses everything in a cancelled meeting with meeting_canceled, but its actions can still be done", async () => {
    const w = await buildPair(ctx.current);
    const action = await w.leader.client.post(m(w.meetingId, "/action-items"), {
      title: "Book the room",
      ownerId: w.leader.userId,
    });
    expect((await w.leader.client.post(m(w.meetingId, "/cancel"), { reason: "Sick" })).status).toBe(200);
    const view = await w.leader.client.get(m(w.meetingId));
    expect(view.body.abilities).toEqual(presentAbilities("leader", PHASES.canceled));
    const allowed = Object.entries(view.body.abilities).filter(([, may]) => may);
    expect(allowed).toEqual([
      ["writePrivateNote", true],
      ["updateAction", true],
    ]);
    const note = await w.leader.client.put(m(w.meetingId, "/notes/shared"), { body: "x", baseVersion: 0 });
    expect(note.body.error.code).toBe("meeting_canceled");
    const rate = await w.leader.client.post(m(w.meetingId, "/rating"), { score: 3 });
    expect(rate.body.error.code).toBe("meeting_canceled");
    const update = await w.leader.client.patch(`/api/v1/action-items/${action.body.actionItem.id}`, {
      status: "done",
    });
    expect(update.status, JSON.stringify(update.body)).toBe(200);
    expect(update.body.actionItem.status).toBe("done");
  });
});
