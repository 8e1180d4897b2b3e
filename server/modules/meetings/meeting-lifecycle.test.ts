import { expect, it } from "vitest";
import { buildPair, holdMeeting, nonParticipants } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

describeEachEngine("meeting lifecycle", (ctx) => {
  const m = (id: string, rest = "") => `/api/v1/meetings/${id}${rest}`;
  it("completes: rating, undiscussed points carried and marked, next meeting at the cadence, recap for both", async () => {
    const w = await buildPair(ctx.current);
    const talked = await w.teammate.client.post(m(w.meetingId, "/agenda-items"), { body: "Vacation plans" });
    const later = await w.teammate.client.post(m(w.meetingId, "/agenda-items"), {
      body: "Conference budget",
      sectionKey: "development",
    });
    await w.leader.client.patch(`/api/v1/agenda-items/${talked.body.agendaItem.id}`, { discussed: true });
    await w.leader.client.put(m(w.meetingId, "/notes/shared"), { body: "Agreed on vacation dates", baseVersion: 0 });
    await w.leader.client.post(m(w.meetingId, "/action-items"), { title: "Book flights", ownerId: w.teammate.userId });
    const started = await w.leader.client.post(m(w.meetingId, "/start"), {});
    expect(started.body.startedAt).not.toBeNull();
    const before = await w.leader.client.get(m(w.meetingId));
    const res = await w.leader.client.post(m(w.meetingId, "/complete"), { rating: 4 });
    expect(res.status).toBe(200);
    expect(res.body.meeting).toMatchObject({ status: "completed" });
    const expectedNext = new Date(
      new Date(before.body.meeting.scheduledAt).getTime() + 7 * 24 * 3600 * 1000,
    ).toISOString();
    expect(res.body.nextMeeting).toMatchObject({ scheduledAt: expectedNext, status: "scheduled" });
    const next = await w.teammate.client.get(m(res.body.nextMeeting.id));
    expect(next.body.agendaItems).toEqual([
      expect.objectContaining({
        body: "Conference budget",
        sectionKey: "development",
        carriedFrom: {
          itemId: later.body.agendaItem.id,
          meetingId: w.meetingId,
          scheduledAt: before.body.meeting.scheduledAt,
        },
      }),
    ]);
    // The link back says when the previous meeting was held, not when it was planned.
    expect(next.body.previousMeeting).toMatchObject({ id: w.meetingId, completedAt: res.body.meeting.completedAt });
    expect(next.body.previousMeeting.completedAt).not.toBe(next.body.previousMeeting.scheduledAt);
    expect((await w.leader.client.get(m(w.meetingId))).body.myRating).toBe(4);
    expect((await w.teammate.client.post(m(w.meetingId, "/rating"), { score: 5 })).body.score).toBe(5);
    expect((await w.teammate.client.post(m(w.meetingId, "/rating"), { score: 6 })).status).toBe(400);
    const again = await w.leader.client.post(m(w.meetingId, "/complete"), {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("meeting_completed");
    expect((await w.leader.client.post(m(w.meetingId, "/agenda-items"), { body: "late" })).status).toBe(409);
    const recaps = await ctx.current.deps.db.kysely
      .selectFrom("outboxMessages")
      .selectAll()
      .where("idempotencyKey", "like", `recap:${w.meetingId}:%`)
      .execute();
    expect(recaps.map((r) => r.toEmail).sort()).toEqual([w.leader.email, w.teammate.email].sort());
    for (const r of recaps) {
      expect(r.textBody).toContain("Agreed on vacation dates");
      expect(r.textBody).toContain("Vacation plans");
      expect(r.textBody).toContain("Book flights");
    }
    const oneOnOne = await w.leader.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}`);
    expect(oneOnOne.body.lastMeeting.id).toBe(w.meetingId);
    expect(oneOnOne.body.nextMeeting.id).toBe(res.body.nextMeeting.id);
  });

  it("completes with an explicit next date", async () => {
    const w = await buildPair(ctx.current);
    const when = new Date(ctx.current.clock.now().getTime() + 3 * 24 * 3600 * 1000).toISOString();
    const res = await w.teammate.client.post(m(w.meetingId, "/complete"), { nextMeetingAt: when });
    expect(res.body.nextMeeting.scheduledAt).toBe(when);
    expect(
      (await w.teammate.client.post(m(res.body.nextMeeting.id, "/complete"), { nextMeetingAt: "2020-01-01T00:00:00Z" }))
        .status,
    ).toBe(400);
  });

  it("cancels with a reason; talking points move to the next occurrence", async () => {
    const w = await buildPair(ctx.current);
    await w.teammate.client.post(m(w.meetingId, "/agenda-items"), { body: "Feedback on the launch" });
    const noReason = await w.leader.client.post(m(w.meetingId, "/cancel"), {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe("reason");
    expect((await w.leader.client.post(m(w.meetingId, "/cancel"), { reason: "   " })).status).toBe(400);
    const res = await w.leader.client.post(m(w.meetingId, "/cancel"), { reason: "Travelling" });
    expect(res.status).toBe(200);
    expect(res.body.meeting).toMatchObject({ status: "canceled", cancelReason: "Travelling" });
    const next = await w.leader.client.get(m(res.body.nextMeeting.id));
    expect(next.body.agendaItems.map((i: { body: string }) => i.body)).toEqual(["Feedback on the launch"]);
    expect(next.body.agendaItems[0].carriedFrom.meetingId).toBe(w.meetingId);
    expect((await w.leader.client.post(m(w.meetingId, "/cancel"), { reason: "again" })).status).toBe(409);
  });

  it("reschedules with a reason and keeps the original slot", async () => {
    const w = await buildPair(ctx.current);
    const original = (await w.leader.client.get(m(w.meetingId))).body.meeting.scheduledAt;
    const when = new Date(new Date(original).getTime() + 2 * 3600 * 1000).toISOString();
    expect((await w.leader.client.post(m(w.meetingId, "/reschedule"), { scheduledAt: when })).status).toBe(400);
    expect(
      (await w.leader.client.post(m(w.meetingId, "/reschedule"), { scheduledAt: "soon", reason: "x" })).status,
    ).toBe(400);
    const res = await w.teammate.client.post(m(w.meetingId, "/reschedule"), { scheduledAt: when, reason: "Dentist" });
    expect(res.status).toBe(200);
    expect(res.body.meeting).toMatchObject({
      scheduledAt: when,
      originalScheduledAt: original,
      rescheduleReason: "Dentist",
    });
    const twice = await w.teammate.client.post(m(w.meetingId, "/reschedule"), {
      scheduledAt: original,
      reason: "Back",
    });
    expect(twice.body.meeting.originalScheduledAt).toBe(original);
    const done = await w.leader.client.post(m(w.meetingId, "/complete"), {});
    expect(done.body.nextMeeting.scheduledAt).toBe(
      new Date(new Date(original).getTime() + 7 * 24 * 3600 * 1000).toISOString(),
    );
  });

  it("pages through a 1:1's history with a keyset cursor", async () => {
    const w = await buildPair(ctx.current);
    let current = w.meetingId;
    for (let i = 0; i < 4; i++) {
      await w.leader.client.post(m(current, "/agenda-items"), { body: `Point ${i}` });
      const res =
        i === 1
          ? await w.leader.client.post(m(current, "/cancel"), { reason: "Sick" })
          : await holdMeeting(ctx.current, w.leader.client, current);
      current = res.body.nextMeeting.id;
    }
    const url = `/api/v1/one-on-ones/${w.oneOnOneId}/meetings`;
    const page1 = await w.teammate.client.get(`${url}?limit=2`);
    expect(page1.body.meetings).toHaveLength(2);
    expect(page1.body.meetings[0].status).toBe("scheduled");
    const page2 = await w.teammate.client.get(`${url}?limit=2&before=${page1.body.nextCursor}`);
    const page3 = await w.teammate.client.get(`${url}?limit=2&before=${page2.body.nextCursor}`);
    const all = [...page1.body.meetings, ...page2.body.meetings, ...page3.body.meetings];
    expect(all).toHaveLength(5);
    expect(page3.body.nextCursor).toBeNull();
    const dates = all.map((x: { scheduledAt: string }) => x.scheduledAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    const completed = await w.teammate.client.get(`${url}?status=completed`);
    expect(completed.body.meetings).toHaveLength(3);
    expect(completed.body.meetings.every((x: { agendaCount: number }) => x.agendaCount >= 1)).toBe(true);
    expect((await w.teammate.client.get(`${url}?limit=0`)).status).toBe(400);
    expect((await w.teammate.client.get(`${url}?before=garbage`)).status).toBe(400);
    expect((await w.teammate.client.get(`${url}?status=maybe`)).status).toBe(400);
    for (const other of nonParticipants(w)) expect((await other.client.get(url)).status).toBe(404);
  });

  it("keeps 09:00 Berlin across the March change when rolling forward", async () => {
    const w = await buildPair(ctx.current, { firstMeetingAt: "2026-03-24T08:00:00.000Z", timezone: "Europe/Berlin" });
    ctx.current.clock.set("2026-03-24T09:00:00.000Z");
    try {
      const res = await w.leader.client.post(m(w.meetingId, "/complete"), {});
      expect(res.body.nextMeeting.scheduledAt).toBe("2026-03-31T07:00:00.000Z");
    } finally {
      ctx.current.clock.set("2026-03-02T09:00:00.000Z");
    }
  });
});
