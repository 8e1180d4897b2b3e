import { expect, it } from "vitest";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair, nonParticipants } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

describeEachEngine("check-ins, feedback and goals", (ctx) => {
  const m = (id: string, rest = "") => `/api/v1/meetings/${id}${rest}`;

  it("lets the teammate check in and change it until the meeting is completed; only the pair sees it", async () => {
    const w = await buildPair(ctx.current);
    const first = await w.teammate.client.post(m(w.meetingId, "/check-in"), {
      mood: 2,
      energy: 3,
      note: "Tired after the release",
    });
    expect(first.status).toBe(200);
    expect(first.body.checkIn).toMatchObject({
      mood: 2,
      energy: 3,
      note: "Tired after the release",
      userId: w.teammate.userId,
    });
    const changed = await w.teammate.client.post(m(w.meetingId, "/check-in"), { mood: 3 });
    expect(changed.body.checkIn).toMatchObject({ mood: 3, energy: null, note: null });
    const leaderView = await w.leader.client.get(m(w.meetingId));
    expect(leaderView.body.checkIn).toMatchObject({ mood: 3 });
    const byLeader = await w.leader.client.post(m(w.meetingId, "/check-in"), { mood: 5 });
    expect(byLeader.status).toBe(403);
    expect(byLeader.body.error.code).toBe("teammate_only");
    for (const other of nonParticipants(w))
      expect((await other.client.post(m(w.meetingId, "/check-in"), { mood: 1 })).status).toBe(404);
    for (const body of [
      { mood: 0 },
      { mood: 6 },
      { mood: "good" },
      {},
      { mood: 3, energy: 9 },
      { mood: 3, note: "x".repeat(1001) },
    ]) {
      expect((await w.teammate.client.post(m(w.meetingId, "/check-in"), body)).status, JSON.stringify(body)).toBe(400);
    }
    await w.leader.client.post(m(w.meetingId, "/complete"), {});
    expect((await w.teammate.client.post(m(w.meetingId, "/check-in"), { mood: 4 })).status).toBe(409);
    expect((await w.teammate.client.get(m(w.meetingId))).body.checkIn.mood).toBe(3);
  });

  it("records feedback both ways with the right kinds, and keeps a filterable history", async () => {
    const w = await buildPair(ctx.current);
    const praise = await w.leader.client.post(m(w.meetingId, "/feedback"), { kind: "praise", body: "Great demo" });
    expect(praise.status).toBe(201);
    expect(praise.body.feedback).toMatchObject({
      kind: "praise",
      fromUserId: w.leader.userId,
      toUserId: w.teammate.userId,
    });
    const noExample = await w.leader.client.post(m(w.meetingId, "/feedback"), { kind: "improvement", body: "Slides" });
    expect(noExample.status).toBe(400);
    expect(noExample.body.error.code).toBe("example_required");
    expect(
      (
        await w.leader.client.post(m(w.meetingId, "/feedback"), {
          kind: "improvement",
          body: "Shorter slides",
          example: "The Q3 review ran long",
        })
      ).status,
    ).toBe(201);
    const wrongWay = await w.leader.client.post(m(w.meetingId, "/feedback"), { kind: "upward", body: "x" });
    expect(wrongWay.status).toBe(400);
    expect(wrongWay.body.error.code).toBe("invalid_feedback_kind");
    expect((await w.teammate.client.post(m(w.meetingId, "/feedback"), { kind: "praise", body: "x" })).status).toBe(400);
    const upward = await w.teammate.client.post(m(w.meetingId, "/feedback"), {
      kind: "upward",
      body: "More context on priorities, please",
    });
    expect(upward.body.feedback.toUserId).toBe(w.leader.userId);
    expect((await w.teammate.client.post(m(w.meetingId, "/feedback"), { kind: "upward", body: "" })).status).toBe(400);
    expect((await w.teammate.client.post(m(w.meetingId, "/feedback"), { kind: "gossip", body: "x" })).status).toBe(400);
    for (const other of nonParticipants(w)) {
      expect((await other.client.post(m(w.meetingId, "/feedback"), { kind: "upward", body: "x" })).status).toBe(404);
      expect((await other.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}/feedback`)).status).toBe(404);
    }
    const url = `/api/v1/one-on-ones/${w.oneOnOneId}/feedback`;
    expect((await w.teammate.client.get(url)).body.feedback).toHaveLength(3);
    expect(
      (await w.teammate.client.get(`${url}?direction=received`)).body.feedback
        .map((f: { kind: string }) => f.kind)
        .sort(),
    ).toEqual(["improvement", "praise"]);
    expect(
      (await w.teammate.client.get(`${url}?direction=given`)).body.feedback.map((f: { kind: string }) => f.kind),
    ).toEqual(["upward"]);
    expect((await w.leader.client.get(`${url}?kind=praise`)).body.feedback).toHaveLength(1);
    const page = await w.leader.client.get(`${url}?limit=2`);
    const rest = await w.leader.client.get(`${url}?limit=2&before=${page.body.nextCursor}`);
    expect([...page.body.feedback, ...rest.body.feedback].map((f: { id: string }) => f.id)).toHaveLength(3);
    expect((await w.leader.client.get(`${url}?direction=sideways`)).status).toBe(400);
    expect((await w.leader.client.get(`${url}?before=nope`)).status).toBe(400);
    expect((await w.leader.client.get(m(w.meetingId))).body.feedback).toHaveLength(3);
  });

  it("tracks development goals with progress linked to meetings and actions linked to goals", async () => {
    const w = await buildPair(ctx.current);
    const url = `/api/v1/one-on-ones/${w.oneOnOneId}/goals`;
    const created = await w.teammate.client.post(url, {
      title: "Lead a design review",
      why: "Grow towards senior",
      targetDate: "2026-06-30",
    });
    expect(created.status).toBe(201);
    const goal = created.body.goal;
    expect(goal).toMatchObject({
      title: "Lead a design review",
      status: "active",
      teammateId: w.teammate.userId,
      progress: [],
      actionCount: 0,
    });
    const progress = await w.leader.client.post(`/api/v1/goals/${goal.id}/progress`, {
      body: "Shadowed the API review",
      meetingId: w.meetingId,
    });
    expect(progress.status).toBe(201);
    expect(progress.body.goal.progress).toEqual([
      expect.objectContaining({ body: "Shadowed the API review", meetingId: w.meetingId, authorId: w.leader.userId }),
    ]);
    const action = await w.leader.client.post(m(w.meetingId, "/action-items"), {
      title: "Pick a review to lead",
      ownerId: w.teammate.userId,
      goalId: goal.id,
    });
    expect(action.body.actionItem.goalId).toBe(goal.id);
    await w.teammate.client.patch(`/api/v1/action-items/${action.body.actionItem.id}`, { status: "done" });
    const list = await w.leader.client.get(url);
    expect(list.body.goals[0]).toMatchObject({ actionCount: 1, doneActionCount: 1 });
    expect((await w.leader.client.get(m(w.meetingId))).body.goals.map((g: { id: string }) => g.id)).toEqual([goal.id]);
    expect((await w.leader.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}`)).body.goals).toHaveLength(1);
    const achieved = await w.teammate.client.patch(`/api/v1/goals/${goal.id}`, { status: "achieved" });
    expect(achieved.body.goal.status).toBe("achieved");
    expect((await w.leader.client.get(m(w.meetingId))).body.goals).toEqual([]);
    for (const other of nonParticipants(w)) {
      expect((await other.client.get(url)).status).toBe(404);
      expect((await other.client.post(url, { title: "x" })).status).toBe(404);
      expect((await other.client.patch(`/api/v1/goals/${goal.id}`, { status: "dropped" })).status).toBe(404);
      expect((await other.client.post(`/api/v1/goals/${goal.id}/progress`, { body: "x" })).status).toBe(404);
    }
    expect((await new TestClient(ctx.current.app).get(url)).status).toBe(401);
  });

  it("rejects bad goal input with 400", async () => {
    const w = await buildPair(ctx.current);
    const url = `/api/v1/one-on-ones/${w.oneOnOneId}/goals`;
    expect((await w.leader.client.post(url, { title: "" })).status).toBe(400);
    expect((await w.leader.client.post(url, { title: "x", targetDate: "June" })).status).toBe(400);
    const goal = (await w.leader.client.post(url, { title: "Ok" })).body.goal;
    expect((await w.leader.client.patch(`/api/v1/goals/${goal.id}`, {})).status).toBe(400);
    expect((await w.leader.client.patch(`/api/v1/goals/${goal.id}`, { status: "done" })).status).toBe(400);
    expect((await w.leader.client.post(`/api/v1/goals/${goal.id}/progress`, { body: "" })).status).toBe(400);
    const other = await buildPair(ctx.current);
    const foreignMeeting = await w.leader.client.post(`/api/v1/goals/${goal.id}/progress`, {
      body: "x",
      meetingId: other.meetingId,
    });
    expect(foreignMeeting.status).toBe(400);
    expect(foreignMeeting.body.error.code).toBe("invalid_meeting");
    const otherGoal = (
      await other.leader.client.post(`/api/v1/one-on-ones/${other.oneOnOneId}/goals`, { title: "Theirs" })
    ).body.goal;
    const badLink = await w.leader.client.post(m(w.meetingId, "/action-items"), {
      title: "x",
      ownerId: w.leader.userId,
      goalId: otherGoal.id,
    });
    expect(badLink.status).toBe(400);
    expect(badLink.body.error.code).toBe("invalid_goal");
  });
});
