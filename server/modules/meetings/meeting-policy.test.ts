import { describe, expect, it } from "vitest";
import { MEETING_ACTIONS, type MeetingAction, type MeetingStatus } from "../../../shared/schemas/meetings.js";
import { buildPair } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";
import type { PairRole } from "../one-on-ones/pair-policy.js";
import { can, presentAbilities, refusal } from "./meeting-policy.js";

/** The rules as the product states them, written out apart from the table they check. */
const ONLY_WHILE_SCHEDULED: MeetingAction[] = [
  "start",
  "complete",
  "cancel",
  "reschedule",
  "addAgendaItem",
  "editAgendaItem",
  "deleteAgendaItem",
  "checkIn",
];
const UNTIL_CANCELED: MeetingAction[] = ["rate", "writeSharedNote", "writePrivateNote", "addAction", "giveFeedback"];
/** An action outlives its meeting: it may be done or changed whatever became of the meeting. */
const ALWAYS: MeetingAction[] = ["updateAction"];
const TEAMMATE_ONLY: MeetingAction[] = ["checkIn"];

const STATUSES: MeetingStatus[] = ["scheduled", "completed", "canceled"];
const ROLES: PairRole[] = ["leader", "teammate"];

/** What the code of a refusal must be, or null when allowed. */
function expectedRefusal(role: PairRole, action: MeetingAction, status: MeetingStatus): string | null {
  if (TEAMMATE_ONLY.includes(action) && role !== "teammate") return "teammate_only";
  if (status === "scheduled" || ALWAYS.includes(action)) return null;
  if (status === "completed" && UNTIL_CANCELED.includes(action)) return null;
  return `meeting_${status}`;
}

describe("the meeting ability table", () => {
  it("lists every action once, under one of the three status rules", () => {
    expect([...ONLY_WHILE_SCHEDULED, ...UNTIL_CANCELED, ...ALWAYS].sort()).toEqual([...MEETING_ACTIONS].sort());
  });

  for (const action of MEETING_ACTIONS)
    for (const status of STATUSES)
      for (const role of ROLES) {
        const code = expectedRefusal(role, action, status);
        it(`${role} ${code ? `may not ${action} (${code})` : `may ${action}`} a ${status} meeting`, () => {
          expect(refusal(role, action, { status })?.code ?? null).toBe(code);
          expect(can(role, action, { status })).toBe(code === null);
          expect(presentAbilities(role, { status })[action]).toBe(code === null);
        });
      }
});

describeEachEngine("meeting abilities over HTTP", (ctx) => {
  const m = (id: string, rest = "") => `/api/v1/meetings/${id}${rest}`;

  it("sends each participant their abilities, and the answers agree with them while scheduled", async () => {
    const w = await buildPair(ctx.current);
    const leaderView = await w.leader.client.get(m(w.meetingId));
    const teammateView = await w.teammate.client.get(m(w.meetingId));
    expect(leaderView.body.abilities).toEqual(presentAbilities("leader", { status: "scheduled" }));
    expect(teammateView.body.abilities).toEqual(presentAbilities("teammate", { status: "scheduled" }));
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
    expect(view.body.abilities).toEqual(presentAbilities("teammate", { status: "completed" }));
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
    expect(view.body.abilities).toEqual(presentAbilities("leader", { status: "canceled" }));
    const allowed = Object.entries(view.body.abilities).filter(([, may]) => may);
    expect(allowed).toEqual([["updateAction", true]]);
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
