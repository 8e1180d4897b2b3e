import { expect, it } from "vitest";
import { buildPair, holdMeeting, nonParticipants, type PairWorld } from "../../../tests/support/pairs.js";
import { readable, smtpServerForFile, switchableMailer } from "../../../tests/support/smtp.js";
import { describeEachEngine, type TestApp } from "../../../tests/support/test-app.js";

const smtp = smtpServerForFile();
const m = (id: string, rest = "") => `/api/v1/meetings/${id}${rest}`;
const HOUR = 3600 * 1000;

async function auditActions(t: TestApp, meetingId: string): Promise<string[]> {
  const rows = await t.deps.db.kysely
    .selectFrom("auditEvents")
    .select("action")
    .where("targetId", "=", meetingId)
    .orderBy("createdAt")
    .execute();
  return rows.map((r) => r.action);
}

/** Completes the pair's first meeting, held at its scheduled time; gives back the next one's id. */
async function holdFirstMeeting(t: TestApp, w: PairWorld): Promise<string> {
  const done = await holdMeeting(t, w.leader.client, w.meetingId);
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  return done.body.nextMeeting.id;
}

describeEachEngine(
  "meeting state: start, un-start, completion guard, amending a held meeting",
  (ctx) => {
    it("starts only on request, asks to confirm more than 1 h early, and audits it", async () => {
      const w = await buildPair(ctx.current);
      const before = await w.teammate.client.get(m(w.meetingId));
      expect(before.body.meeting.startedAt).toBeNull();
      expect(before.body.abilities).toMatchObject({ start: true, unstart: false });
      const early = await w.teammate.client.post(m(w.meetingId, "/start"), {});
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe("start_too_early");
      expect((await w.teammate.client.get(m(w.meetingId))).body.meeting.startedAt).toBeNull();
      const confirmed = await w.teammate.client.post(m(w.meetingId, "/start"), { confirmEarly: true });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.startedAt).toBe(ctx.current.clock.now().toISOString());
      const again = await w.leader.client.post(m(w.meetingId, "/start"), {});
      expect(again.body.startedAt).toBe(confirmed.body.startedAt);
      const after = await w.leader.client.get(m(w.meetingId));
      expect(after.body.abilities).toMatchObject({ start: false, unstart: true });
      expect(await auditActions(ctx.current, w.meetingId)).toEqual(["meeting.started"]);
    });

    it("starts without confirmation within the hour before the meeting", async () => {
      const w = await buildPair(ctx.current);
      const view = await w.leader.client.get(m(w.meetingId));
      ctx.current.clock.set(new Date(new Date(view.body.meeting.scheduledAt).getTime() - HOUR));
      expect((await w.leader.client.post(m(w.meetingId, "/start"))).status).toBe(200);
    });

    it("un-starts while nothing was recorded, audited; refuses once something was", async () => {
      const w = await buildPair(ctx.current);
      const notStarted = await w.leader.client.post(m(w.meetingId, "/unstart"));
      expect(notStarted.status).toBe(409);
      expect(notStarted.body.error.code).toBe("meeting_not_started");
      const point = await w.teammate.client.post(m(w.meetingId, "/agenda-items"), { body: "Before we start" });
      ctx.current.clock.advance(60_000);
      await w.leader.client.post(m(w.meetingId, "/start"), { confirmEarly: true });
      // A private note is its author's alone: it never blocks the other person's un-start (P2).
      await w.teammate.client.put(m(w.meetingId, "/notes/private"), { body: "mine", baseVersion: 0 });
      const undone = await w.teammate.client.post(m(w.meetingId, "/unstart"));
      expect(undone.status, JSON.stringify(undone.body)).toBe(200);
      expect(undone.body.startedAt).toBeNull();
      expect((await w.leader.client.get(m(w.meetingId))).body.abilities).toMatchObject({ start: true, unstart: false });
      expect(await auditActions(ctx.current, w.meetingId)).toEqual(["meeting.started", "meeting.unstarted"]);

      await w.leader.client.post(m(w.meetingId, "/start"), { confirmEarly: true });
      await w.leader.client.patch(`/api/v1/agenda-items/${point.body.agendaItem.id}`, { discussed: true });
      expect((await w.leader.client.get(m(w.meetingId))).body.abilities.unstart).toBe(false);
      const refused = await w.leader.client.post(m(w.meetingId, "/unstart"));
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe("meeting_has_records");
    });

    it("counts shared notes, next steps, check-ins and feedback written since the start as recorded", async () => {
      const writes: Array<(w: PairWorld) => Promise<unknown>> = [
        (w) => w.leader.client.put(m(w.meetingId, "/notes/shared"), { body: "Said", baseVersion: 0 }),
        (w) => w.leader.client.post(m(w.meetingId, "/action-items"), { title: "Do", ownerId: w.leader.userId }),
        (w) => w.teammate.client.post(m(w.meetingId, "/check-in"), { mood: 3 }),
        (w) => w.teammate.client.post(m(w.meetingId, "/agenda-items"), { body: "New point" }),
      ];
      for (const write of writes) {
        const w = await buildPair(ctx.current);
        await w.leader.client.post(m(w.meetingId, "/start"), { confirmEarly: true });
        await write(w);
        expect((await w.leader.client.post(m(w.meetingId, "/unstart"))).body.error?.code).toBe("meeting_has_records");
      }
    });

    it("keeps start and un-start to the pair (404 to anyone else)", async () => {
      const w = await buildPair(ctx.current);
      for (const other of nonParticipants(w)) {
        expect((await other.client.post(m(w.meetingId, "/start"), { confirmEarly: true })).status).toBe(404);
        expect((await other.client.post(m(w.meetingId, "/unstart"))).status).toBe(404);
        expect((await other.client.post(m(w.meetingId, "/recap"))).status).toBe(404);
      }
      expect((await w.leader.client.get(m(w.meetingId))).body.meeting.startedAt).toBeNull();
    });

    it("refuses to complete more than 24 h before the scheduled time, until the meeting is moved", async () => {
      const w = await buildPair(ctx.current);
      const later = new Date(ctx.current.clock.now().getTime() + 48 * HOUR).toISOString();
      await w.leader.client.post(m(w.meetingId, "/reschedule"), { scheduledAt: later, reason: "Travel" });
      const early = await w.leader.client.post(m(w.meetingId, "/complete"), {});
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe("complete_too_early");
      expect((await w.leader.client.get(m(w.meetingId))).body.meeting.status).toBe("scheduled");
      const today = new Date(ctx.current.clock.now().getTime() + HOUR).toISOString();
      await w.leader.client.post(m(w.meetingId, "/reschedule"), { scheduledAt: today, reason: "Earlier after all" });
      expect((await w.leader.client.post(m(w.meetingId, "/complete"), {})).status).toBe(200);
    });

    it("keeps a held meeting's record amendable by both until the next meeting starts, marked as edited after", async () => {
      const w = await buildPair(ctx.current);
      const point = await w.teammate.client.post(m(w.meetingId, "/agenda-items"), { body: "Workload" });
      await w.leader.client.post(m(w.meetingId, "/action-items"), { title: "Plan", ownerId: w.leader.userId });
      const nextId = await holdFirstMeeting(ctx.current, w);
      const held = await w.teammate.client.get(m(w.meetingId));
      expect(held.body.meeting.editedAfterAt).toBeNull();
      expect(held.body.abilities).toMatchObject({
        writeSharedNote: true,
        addAction: true,
        tickAgendaItem: true,
        writePrivateNote: true,
        addAgendaItem: false,
        sendAmendedRecap: true,
      });
      ctx.current.clock.advance(HOUR);
      const note = await w.teammate.client.put(m(w.meetingId, "/notes/shared"), { body: "Fixed", baseVersion: 0 });
      expect(note.status, JSON.stringify(note.body)).toBe(200);
      const amendedAt = ctx.current.clock.now().toISOString();
      expect((await w.leader.client.get(m(w.meetingId))).body.meeting.editedAfterAt).toBe(amendedAt);
      const tick = await w.leader.client.patch(`/api/v1/agenda-items/${point.body.agendaItem.id}`, { discussed: true });
      expect(tick.status).toBe(200);
      const reword = await w.teammate.client.patch(`/api/v1/agenda-items/${point.body.agendaItem.id}`, { body: "x" });
      expect(reword.body.error.code).toBe("meeting_completed");
      const action = await w.leader.client.post(m(w.meetingId, "/action-items"), {
        title: "Forgotten step",
        ownerId: w.teammate.userId,
      });
      expect(action.status).toBe(201);
      const history = await w.teammate.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}/meetings`);
      const listed = history.body.meetings.find((x: { id: string }) => x.id === w.meetingId);
      expect(listed.editedAfterAt).toBe(amendedAt);

      // The next meeting starts: the held one freezes, but my private note stays mine to edit.
      await w.leader.client.post(m(nextId, "/start"), { confirmEarly: true });
      const frozen = await w.teammate.client.get(m(w.meetingId));
      expect(frozen.body.abilities).toMatchObject({ writeSharedNote: false, addAction: false, tickAgendaItem: false });
      const late = await w.teammate.client.put(m(w.meetingId, "/notes/shared"), { body: "Too late", baseVersion: 1 });
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe("meeting_completed");
      const untick = await w.leader.client.patch(`/api/v1/agenda-items/${point.body.agendaItem.id}`, {
        discussed: false,
      });
      expect(untick.body.error.code).toBe("meeting_completed");
      const mine = await w.teammate.client.put(m(w.meetingId, "/notes/private"), { body: "Later", baseVersion: 0 });
      expect(mine.status).toBe(200);
      for (const other of nonParticipants(w)) {
        expect((await other.client.put(m(w.meetingId, "/notes/shared"), { body: "x", baseVersion: 1 })).status).toBe(
          404,
        );
      }
    });

    it("lets my private note be edited even in a cancelled meeting", async () => {
      const w = await buildPair(ctx.current);
      await w.leader.client.post(m(w.meetingId, "/cancel"), { reason: "Sick" });
      const mine = await w.leader.client.put(m(w.meetingId, "/notes/private"), {
        body: "Note to self",
        baseVersion: 0,
      });
      expect(mine.status).toBe(200);
    });

    it("sends an amended recap to both people over SMTP, marked as amended", async () => {
      const w = await buildPair(ctx.current);
      const scheduled = await w.leader.client.post(m(w.meetingId, "/recap"));
      expect(scheduled.status).toBe(409);
      expect(scheduled.body.error.code).toBe("meeting_scheduled");
      await holdFirstMeeting(ctx.current, w);
      ctx.current.clock.advance(HOUR);
      await w.leader.client.put(m(w.meetingId, "/notes/shared"), { body: "Amended: ship on Friday", baseVersion: 0 });
      const sent = await w.teammate.client.post(m(w.meetingId, "/recap"));
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      for (const person of [w.leader, w.teammate]) {
        const mails = smtp.received.filter((mail) => mail.to.includes(person.email));
        const amended = mails.find((mail) => readable(mail.raw).includes("Amended recap of your 1:1"));
        expect(amended, `amended recap to ${person.email}`).toBeDefined();
        expect(readable(amended?.raw ?? "")).toContain("Amended: ship on Friday");
      }
      expect(await auditActions(ctx.current, w.meetingId)).toContain("meeting.recap_amended");
    });
  },
  { mailer: switchableMailer(smtp.target) },
);
