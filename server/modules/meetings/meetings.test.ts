import { expect, it } from "vitest";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair, nonParticipants } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

describeEachEngine("meetings", (ctx) => {
  const m = (id: string, rest = "") => `/api/v1/meetings/${id}${rest}`;

  it("shows a meeting to its two participants only (P1, P3, P5)", async () => {
    const w = await buildPair(ctx.current);
    const res = await w.teammate.client.get(m(w.meetingId));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      meeting: { id: w.meetingId, status: "scheduled", durationMinutes: 45, originalScheduledAt: null },
      oneOnOne: { id: w.oneOnOneId, leader: { id: w.leader.userId }, teammate: { id: w.teammate.userId } },
      agendaItems: [],
      sharedNote: { body: "", version: 0 },
      myPrivateNote: { body: "", version: 0 },
      actionItems: [],
      myRating: null,
      previousMeeting: null,
      nextMeeting: null,
    });
    for (const other of nonParticipants(w)) {
      const denied = await other.client.get(m(w.meetingId));
      expect(denied.status).toBe(404);
      expect(denied.body).toEqual((await other.client.get(m("00000000-0000-0000-0000-000000000000"))).body);
      for (const [method, path, body] of [
        ["POST", "/agenda-items", { body: "x" }],
        ["PUT", "/notes/shared", { body: "x", baseVersion: 0 }],
        ["PUT", "/notes/private", { body: "x", baseVersion: 0 }],
        ["POST", "/action-items", { title: "x", ownerId: other.userId }],
        ["POST", "/rating", { score: 5 }],
        ["POST", "/complete", {}],
        ["POST", "/cancel", { reason: "x" }],
        ["POST", "/reschedule", { scheduledAt: "2026-04-01T09:00:00Z", reason: "x" }],
        ["POST", "/start", {}],
      ] as const) {
        expect((await other.client.request(method, m(w.meetingId, path), body)).status, `${method} ${path}`).toBe(404);
      }
    }
    expect((await new TestClient(ctx.current.app).get(m(w.meetingId))).status).toBe(401);
    expect((await w.leader.client.get(m(w.meetingId))).body.meeting.status).toBe("scheduled");
  });

  it("lets both add talking points; only the author rewords or deletes; either ticks and reorders", async () => {
    const w = await buildPair(ctx.current);
    const a = await w.teammate.client.post(m(w.meetingId, "/agenda-items"), { body: "Promotion timeline" });
    expect(a.status).toBe(201);
    expect(a.body.agendaItem).toMatchObject({
      sectionKey: "progress",
      position: 0,
      discussed: false,
      authorId: w.teammate.userId,
      carriedFrom: null,
    });
    const b = await w.leader.client.post(m(w.meetingId, "/agenda-items"), { body: "Offsite", sectionKey: "progress" });
    const c = await w.leader.client.post(m(w.meetingId, "/agenda-items"), {
      body: "How are you?",
      sectionKey: "check_in",
    });
    expect(b.body.agendaItem.position).toBe(1);
    const reword = await w.leader.client.patch(`/api/v1/agenda-items/${a.body.agendaItem.id}`, { body: "Hijacked" });
    expect(reword.status).toBe(403);
    expect(reword.body.error.code).toBe("not_author");
    expect(
      (
        await w.teammate.client.patch(`/api/v1/agenda-items/${a.body.agendaItem.id}`, {
          body: "Promotion timeline (Q3)",
        })
      ).body.agendaItem.body,
    ).toBe("Promotion timeline (Q3)");
    expect(
      (await w.leader.client.patch(`/api/v1/agenda-items/${a.body.agendaItem.id}`, { discussed: true })).body.agendaItem
        .discussed,
    ).toBe(true);
    const moved = await w.teammate.client.patch(`/api/v1/agenda-items/${b.body.agendaItem.id}`, { position: 0 });
    expect(moved.body.agendaItem.position).toBe(0);
    const detail = await w.leader.client.get(m(w.meetingId));
    const progress = detail.body.agendaItems.filter((i: { sectionKey: string }) => i.sectionKey === "progress");
    expect(progress.map((i: { body: string }) => i.body)).toEqual(["Offsite", "Promotion timeline (Q3)"]);
    const toSection = await w.leader.client.patch(`/api/v1/agenda-items/${c.body.agendaItem.id}`, {
      sectionKey: "feedback",
    });
    expect(toSection.body.agendaItem.sectionKey).toBe("feedback");
    expect((await w.leader.client.delete(`/api/v1/agenda-items/${a.body.agendaItem.id}`)).status).toBe(403);
    expect((await w.teammate.client.delete(`/api/v1/agenda-items/${a.body.agendaItem.id}`)).status).toBe(204);
    for (const other of nonParticipants(w)) {
      expect(
        (await other.client.patch(`/api/v1/agenda-items/${b.body.agendaItem.id}`, { discussed: true })).status,
      ).toBe(404);
      expect((await other.client.delete(`/api/v1/agenda-items/${b.body.agendaItem.id}`)).status).toBe(404);
    }
  });

  it("rejects bad agenda input with 400", async () => {
    const w = await buildPair(ctx.current);
    expect((await w.leader.client.post(m(w.meetingId, "/agenda-items"), { body: "" })).status).toBe(400);
    expect((await w.leader.client.post(m(w.meetingId, "/agenda-items"), { body: "x".repeat(2001) })).status).toBe(400);
    const section = await w.leader.client.post(m(w.meetingId, "/agenda-items"), { body: "x", sectionKey: "nope" });
    expect(section.status).toBe(400);
    expect(section.body.error.code).toBe("unknown_section");
    const item = await w.leader.client.post(m(w.meetingId, "/agenda-items"), { body: "ok" });
    expect((await w.leader.client.patch(`/api/v1/agenda-items/${item.body.agendaItem.id}`, {})).status).toBe(400);
    expect(
      (await w.leader.client.patch(`/api/v1/agenda-items/${item.body.agendaItem.id}`, { discussed: "yes" })).status,
    ).toBe(400);
    expect(
      (await w.leader.client.patch(`/api/v1/agenda-items/${item.body.agendaItem.id}`, { position: -1 })).status,
    ).toBe(400);
  });

  it("saves shared notes with versions; a stale write gets 409 with the current text", async () => {
    const w = await buildPair(ctx.current);
    const url = m(w.meetingId, "/notes/shared");
    const first = await w.leader.client.put(url, { body: "# Notes\n- shipped", baseVersion: 0 });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(1);
    const second = await w.teammate.client.put(url, { body: "# Notes\n- shipped\n- next: docs", baseVersion: 1 });
    expect(second.body.version).toBe(2);
    const stale = await w.leader.client.put(url, { body: "# Notes\n- shipped\n- mine", baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      error: { code: "version_conflict" },
      current: { body: "# Notes\n- shipped\n- next: docs", version: 2, updatedBy: w.teammate.userId },
    });
    const raceInsert = await w.teammate.client.put(url, { body: "new", baseVersion: 0 });
    expect(raceInsert.status).toBe(409);
    const detail = await w.leader.client.get(m(w.meetingId));
    expect(detail.body.sharedNote).toMatchObject({ body: "# Notes\n- shipped\n- next: docs", version: 2 });
    expect((await w.leader.client.put(url, { body: "x", baseVersion: -1 })).status).toBe(400);
    expect((await w.leader.client.put(url, { body: 7, baseVersion: 2 })).status).toBe(400);
    expect((await w.leader.client.put(url, { body: "x".repeat(100_001), baseVersion: 2 })).status).toBe(400);
  });

  it("keeps private notes to their author: not the other participant, not admins (P2)", async () => {
    const w = await buildPair(ctx.current);
    const secret = "I worry about burnout — private";
    expect((await w.leader.client.put(m(w.meetingId, "/notes/private"), { body: secret, baseVersion: 0 })).status).toBe(
      200,
    );
    const mine = await w.leader.client.get(m(w.meetingId));
    expect(mine.body.myPrivateNote.body).toBe(secret);
    const theirs = await w.teammate.client.get(m(w.meetingId));
    expect(theirs.body.myPrivateNote).toEqual({ body: "", version: 0, updatedAt: null, updatedBy: null });
    expect(JSON.stringify(theirs.body)).not.toContain("burnout");
    const ownDraft = await w.teammate.client.put(m(w.meetingId, "/notes/private"), { body: "my own", baseVersion: 0 });
    expect(ownDraft.status).toBe(200);
    expect((await w.leader.client.get(m(w.meetingId))).body.myPrivateNote.body).toBe(secret);
    await w.leader.client.post(m(w.meetingId, "/complete"), {});
    const recaps = await ctx.current.deps.db.kysely
      .selectFrom("outboxMessages")
      .select(["textBody", "htmlBody"])
      .where("idempotencyKey", "like", `recap:${w.meetingId}:%`)
      .execute();
    expect(recaps.length).toBe(2);
    for (const r of recaps) {
      expect(r.textBody).not.toContain("burnout");
      expect(r.textBody).not.toContain("my own");
      expect(r.htmlBody).not.toContain("burnout");
    }
    const list = await w.teammate.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}/meetings`);
    expect(JSON.stringify(list.body)).not.toContain("burnout");
  });

  it("adds next steps owned by either participant; follow-ups show in the next meeting until done", async () => {
    const w = await buildPair(ctx.current);
    const action = await w.leader.client.post(m(w.meetingId, "/action-items"), {
      title: "Draft the RFC",
      ownerId: w.teammate.userId,
      dueDate: "2026-03-10",
    });
    expect(action.status).toBe(201);
    expect(action.body.actionItem).toMatchObject({
      title: "Draft the RFC",
      ownerId: w.teammate.userId,
      dueDate: "2026-03-10",
      status: "open",
      followUp: false,
    });
    const badOwner = await w.leader.client.post(m(w.meetingId, "/action-items"), {
      title: "x",
      ownerId: w.colleague.userId,
    });
    expect(badOwner.status).toBe(400);
    expect(badOwner.body.error.code).toBe("invalid_owner");
    expect(
      (
        await w.leader.client.post(m(w.meetingId, "/action-items"), {
          title: "x",
          ownerId: w.leader.userId,
          dueDate: "10/03/2026",
        })
      ).status,
    ).toBe(400);
    expect(
      (await w.leader.client.post(m(w.meetingId, "/action-items"), { title: "", ownerId: w.leader.userId })).status,
    ).toBe(400);
    const done = await w.leader.client.post(m(w.meetingId, "/complete"), {});
    const next = await w.teammate.client.get(m(done.body.nextMeeting.id));
    expect(next.body.actionItems).toEqual([
      expect.objectContaining({ id: action.body.actionItem.id, followUp: true, status: "open" }),
    ]);
    const closed = await w.teammate.client.patch(`/api/v1/action-items/${action.body.actionItem.id}`, {
      status: "done",
    });
    expect(closed.body.actionItem.status).toBe("done");
    expect(closed.body.actionItem.completedAt).not.toBeNull();
    const reopened = await w.teammate.client.patch(`/api/v1/action-items/${action.body.actionItem.id}`, {
      status: "open",
    });
    expect(reopened.body.actionItem.completedAt).toBeNull();
    for (const other of nonParticipants(w)) {
      expect(
        (await other.client.patch(`/api/v1/action-items/${action.body.actionItem.id}`, { status: "done" })).status,
      ).toBe(404);
    }
    expect(
      (await w.teammate.client.patch(`/api/v1/action-items/${action.body.actionItem.id}`, { status: "finished" }))
        .status,
    ).toBe(400);
  });

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
    expect(next.body.previousMeeting.id).toBe(w.meetingId);
    expect((await w.leader.client.get(m(w.meetingId))).body.myRating).toBe(4);
    expect((await w.teammate.client.post(m(w.meetingId, "/rating"), { score: 5 })).body.score).toBe(5);
    expect((await w.teammate.client.post(m(w.meetingId, "/rating"), { score: 6 })).status).toBe(400);
    const again = await w.leader.client.post(m(w.meetingId, "/complete"), {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("meeting_closed");
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
    const series = await w.leader.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}`);
    expect(series.body.lastMeeting.id).toBe(w.meetingId);
    expect(series.body.nextMeeting.id).toBe(res.body.nextMeeting.id);
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
    expect(noReason.body.error.message).toContain("reason");
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

  it("pages through a series' history with a keyset cursor", async () => {
    const w = await buildPair(ctx.current);
    let current = w.meetingId;
    for (let i = 0; i < 4; i++) {
      await w.leader.client.post(m(current, "/agenda-items"), { body: `Point ${i}` });
      const res = await w.leader.client.post(
        m(current, i === 1 ? "/cancel" : "/complete"),
        i === 1 ? { reason: "Sick" } : {},
      );
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

  it("builds the home page: upcoming 1:1s, what needs preparing, my open actions", async () => {
    const w = await buildPair(ctx.current);
    await w.leader.client.post(m(w.meetingId, "/agenda-items"), { body: "Roadmap" });
    await w.leader.client.post(m(w.meetingId, "/action-items"), {
      title: "Share the doc",
      ownerId: w.teammate.userId,
      dueDate: "2026-03-05",
    });
    const teammateHome = await w.teammate.client.get("/api/v1/home");
    expect(teammateHome.status).toBe(200);
    expect(teammateHome.body.upcoming).toEqual([
      expect.objectContaining({
        role: "teammate",
        counterpart: expect.objectContaining({ id: w.leader.userId }),
        agendaCount: 1,
        myAgendaCount: 0,
        needsPreparation: true,
      }),
    ]);
    expect(teammateHome.body.openActions).toEqual([
      expect.objectContaining({
        title: "Share the doc",
        counterpart: expect.objectContaining({ id: w.leader.userId }),
      }),
    ]);
    const leaderHome = await w.leader.client.get("/api/v1/home");
    expect(leaderHome.body.upcoming[0]).toMatchObject({ role: "leader", myAgendaCount: 1, needsPreparation: false });
    expect(leaderHome.body.openActions).toEqual([]);
    for (const other of nonParticipants(w))
      expect((await other.client.get("/api/v1/home")).body).toEqual({ upcoming: [], openActions: [] });
  });
});
