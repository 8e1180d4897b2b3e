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
      expect((await other.client.get("/api/v1/home")).body).toMatchObject({ upcoming: [], openActions: [] });
  });
});
