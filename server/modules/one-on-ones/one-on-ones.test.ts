import { expect, it } from "vitest";
import { buildMember } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair, nonParticipants, weekly } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

describeEachEngine("one-on-ones", (ctx) => {
  it("creates a 1:1 whose first meeting exists at once, with the default template", async () => {
    const w = await buildPair(ctx.current, { kind: "mentor", durationMinutes: 30 });
    const res = await w.leader.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: "mentor",
      cadence: weekly,
      durationMinutes: 30,
      status: "active",
      leader: { id: w.leader.userId, name: "Leo Leader" },
      teammate: { id: w.teammate.userId, name: "Tina Teammate" },
      nextMeeting: { id: w.meetingId, status: "scheduled" },
      lastMeeting: null,
      standingItems: [],
      openActions: [],
    });
    const meeting = await w.teammate.client.get(`/api/v1/meetings/${w.meetingId}`);
    expect(meeting.status).toBe(200);
    expect(meeting.body.sections.map((s: { key: string }) => s.key)).toEqual([
      "check_in",
      "progress",
      "feedback",
      "development",
      "wrap_up",
    ]);
  });

  it("lists a 1:1 for both participants and nobody else", async () => {
    const w = await buildPair(ctx.current);
    for (const p of [w.leader, w.teammate]) {
      const list = await p.client.get("/api/v1/one-on-ones");
      expect(list.body.oneOnOnes.map((s: { id: string }) => s.id)).toEqual([w.oneOnOneId]);
    }
    for (const other of nonParticipants(w)) {
      expect((await other.client.get("/api/v1/one-on-ones")).body.oneOnOnes).toEqual([]);
      const direct = await other.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}`);
      expect(direct.status).toBe(404);
      expect(direct.body.error.code).toBe("not_found");
    }
    expect((await new TestClient(ctx.current.app).get("/api/v1/one-on-ones")).status).toBe(401);
  });

  it("lets an admin set up a 1:1 for others, but not a plain member", async () => {
    const w = await buildPair(ctx.current);
    const first = new Date(ctx.current.clock.now().getTime() + 3 * 24 * 3600 * 1000).toISOString();
    const body = {
      teammateId: w.colleague.userId,
      leaderId: w.leader.userId,
      cadence: { frequency: "biweekly" },
      firstMeetingAt: first,
      timezone: "Europe/Lisbon",
      durationMinutes: 30,
    };
    const byMember = await w.teammate.client.post("/api/v1/one-on-ones", body);
    expect(byMember.status).toBe(403);
    const byAdmin = await w.admin.client.post("/api/v1/one-on-ones", body);
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.leader.id).toBe(w.leader.userId);
    // Setting it up does not let the admin read it (P3).
    expect((await w.admin.client.get(`/api/v1/one-on-ones/${byAdmin.body.id}`)).status).toBe(404);
    expect((await w.admin.client.get(`/api/v1/meetings/${byAdmin.body.nextMeeting.id}`)).status).toBe(404);
  });

  it("lets only the teammate's manager (or an admin) lead a manager 1:1; other kinds stay open", async () => {
    const w = await buildPair(ctx.current);
    const first = new Date(ctx.current.clock.now().getTime() + 24 * 3600 * 1000).toISOString();
    const base = { cadence: weekly, firstMeetingAt: first, timezone: "UTC", durationMinutes: 30 };
    // The teammate makes themselves their own manager's leader: refused.
    const upward = await w.teammate.client.post("/api/v1/one-on-ones", { ...base, teammateId: w.leader.userId });
    expect(upward.status).toBe(400);
    expect(upward.body.error).toMatchObject({ code: "not_their_manager", field: "teammateId" });
    // Nobody reports to the leader's colleague: refused too, also when asked for by name.
    const sideways = await w.leader.client.post("/api/v1/one-on-ones", {
      ...base,
      teammateId: w.colleague.userId,
      kind: "manager",
    });
    expect(sideways.body.error.code).toBe("not_their_manager");
    for (const kind of ["peer", "mentor", "skip-level"]) {
      const open = await w.teammate.client.post("/api/v1/one-on-ones", { ...base, teammateId: w.leader.userId, kind });
      expect(open.status, kind).toBe(201);
    }
    // An admin may lead one outside the reporting line.
    const byAdmin = await w.admin.client.post("/api/v1/one-on-ones", { ...base, teammateId: w.colleague.userId });
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.kind).toBe("manager");
    // A stranger still can't reach anyone here.
    const stranger = await w.outsider.client.post("/api/v1/one-on-ones", { ...base, teammateId: w.teammate.userId });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.code).toBe("invalid_participants");
  });

  it("keeps the cadence's weekday when one meeting moves to another day", async () => {
    const w = await buildPair(ctx.current);
    const before = (await w.leader.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}`)).body;
    const moved = new Date(new Date(before.nextMeeting.scheduledAt).getTime() + 24 * 3600 * 1000).toISOString();
    const res = await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/reschedule`, {
      scheduledAt: moved,
      reason: "Offsite",
    });
    expect(res.status).toBe(200);
    const after = (await w.teammate.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}`)).body;
    expect(after.nextMeeting.scheduledAt).toBe(moved);
    expect(after.cadence).toEqual(before.cadence);
    expect(after.cadence.weekday).toBeDefined();
  });

  it("rejects bad input with 400 and duplicates with 409", async () => {
    const w = await buildPair(ctx.current);
    const first = new Date(ctx.current.clock.now().getTime() + 24 * 3600 * 1000).toISOString();
    const base = {
      teammateId: w.colleague.userId,
      cadence: weekly,
      firstMeetingAt: first,
      timezone: "UTC",
      durationMinutes: 30,
    };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, cadence: { frequency: "every_n_weeks" } }, "interval"],
      [{ ...base, cadence: { frequency: "monthly_nth_weekday", nth: 5, weekday: "MO" } }, "nth"],
      [{ ...base, cadence: { frequency: "monthly_nth_weekday", nth: 1, weekday: "XX" } }, "weekday"],
      [{ ...base, cadence: { frequency: "hourly" } }, "frequency"],
      [{ ...base, timezone: "Moon/Base" }, "timezone"],
      [{ ...base, durationMinutes: 0 }, "durationMinutes"],
      [{ ...base, firstMeetingAt: "tomorrow" }, "firstMeetingAt"],
      [{ ...base, kind: "boss" }, "kind"],
      [{ ...base, teammateId: w.leader.userId }, "teammateId"],
      [{ ...base, teammateId: w.outsider.userId }, "teammateId"],
      [{ ...base, firstMeetingAt: "2020-01-01T09:00:00Z" }, "firstMeetingAt"],
    ];
    for (const [body, field] of cases) {
      const res = await w.leader.client.post("/api/v1/one-on-ones", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.field, JSON.stringify(body)).toContain(field);
    }
    const dup = await w.leader.client.post("/api/v1/one-on-ones", { ...base, teammateId: w.teammate.userId });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("pair_exists");
  });

  it("lets only the leader change settings; pausing stops new meetings, resuming brings one", async () => {
    const w = await buildPair(ctx.current);
    const url = `/api/v1/one-on-ones/${w.oneOnOneId}`;
    expect((await w.teammate.client.patch(url, { durationMinutes: 20 })).status).toBe(403);
    for (const other of nonParticipants(w))
      expect((await other.client.patch(url, { durationMinutes: 20 })).status).toBe(404);
    expect((await w.leader.client.patch(url, {})).status).toBe(400);
    expect((await w.leader.client.patch(url, { status: "paused" })).body.status).toBe("paused");
    const done = await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/complete`, {});
    expect(done.status).toBe(200);
    expect(done.body.nextMeeting).toBeNull();
    const resumed = await w.leader.client.patch(url, { status: "active" });
    expect(resumed.body.nextMeeting).not.toBeNull();
    expect(new Date(resumed.body.nextMeeting.scheduledAt).getTime()).toBeGreaterThan(ctx.current.clock.now().getTime());
  });

  it("changes the cadence for future meetings only", async () => {
    const w = await buildPair(ctx.current);
    const first = await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/complete`, {});
    const upcoming = first.body.nextMeeting;
    const held = await w.leader.client.get(`/api/v1/meetings/${w.meetingId}`);
    const moved = new Date(new Date(upcoming.scheduledAt).getTime() + 2 * 24 * 3600 * 1000).toISOString();
    const changed = await w.leader.client.patch(`/api/v1/one-on-ones/${w.oneOnOneId}`, {
      cadence: { frequency: "biweekly" },
      nextMeetingAt: moved,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.cadence).toEqual({ frequency: "biweekly", weekday: changed.body.cadence.weekday });
    expect(changed.body.cadence.weekday).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)$/);
    expect(changed.body.nextMeeting.scheduledAt).toBe(moved);
    const heldAfter = await w.leader.client.get(`/api/v1/meetings/${w.meetingId}`);
    expect(heldAfter.body.meeting.scheduledAt).toBe(held.body.meeting.scheduledAt);
    // Held when it was moved to (a meeting can't be completed more than a day early).
    const ahead = new Date(moved).getTime() - ctx.current.clock.now().getTime();
    ctx.current.clock.advance(ahead);
    try {
      const next = await w.leader.client.post(`/api/v1/meetings/${changed.body.nextMeeting.id}/complete`, {});
      expect(new Date(next.body.nextMeeting.scheduledAt).getTime() - new Date(moved).getTime()).toBe(
        14 * 24 * 3600 * 1000,
      );
    } finally {
      ctx.current.clock.advance(-ahead);
    }
  });

  it("keeps standing items in every meeting until removed", async () => {
    const w = await buildPair(ctx.current);
    const added = await w.teammate.client.post(`/api/v1/one-on-ones/${w.oneOnOneId}/standing-items`, {
      body: "Team health",
      sectionKey: "check_in",
    });
    expect(added.status).toBe(201);
    expect(
      (
        await w.teammate.client.post(`/api/v1/one-on-ones/${w.oneOnOneId}/standing-items`, {
          body: "x",
          sectionKey: "nope",
        })
      ).status,
    ).toBe(400);
    expect(
      (await w.teammate.client.post(`/api/v1/one-on-ones/${w.oneOnOneId}/standing-items`, { body: "" })).status,
    ).toBe(400);
    for (const other of nonParticipants(w)) {
      expect(
        (await other.client.post(`/api/v1/one-on-ones/${w.oneOnOneId}/standing-items`, { body: "spy" })).status,
      ).toBe(404);
      expect((await other.client.delete(`/api/v1/standing-items/${added.body.id}`)).status).toBe(404);
    }
    const first = await w.leader.client.get(`/api/v1/meetings/${w.meetingId}`);
    expect(first.body.agendaItems).toEqual([
      expect.objectContaining({ body: "Team health", sectionKey: "check_in", standingItemId: added.body.id }),
    ]);
    const done = await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/complete`, {});
    const second = await w.leader.client.get(`/api/v1/meetings/${done.body.nextMeeting.id}`);
    expect(second.body.agendaItems).toHaveLength(1);
    expect(second.body.agendaItems[0]).toMatchObject({ body: "Team health", carriedFrom: null });
    expect((await w.leader.client.delete(`/api/v1/standing-items/${added.body.id}`)).status).toBe(204);
    expect((await w.leader.client.get(`/api/v1/meetings/${done.body.nextMeeting.id}`)).body.agendaItems).toEqual([]);
    expect((await w.leader.client.get(`/api/v1/meetings/${w.meetingId}`)).body.agendaItems).toHaveLength(1);
  });

  it("keeps the old pair's history with its two people when the teammate changes leader (P6)", async () => {
    const w = await buildPair(ctx.current);
    await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "Career path" });
    const newLeader = await buildMember(ctx.current, { client: w.admin.client, orgId: w.orgId }, { name: "Nora New" });
    await w.admin.client.patch(`/api/v1/orgs/${w.orgId}/people/${w.teammate.userId}`, { managerId: newLeader.userId });
    const first = new Date(ctx.current.clock.now().getTime() + 48 * 3600 * 1000).toISOString();
    const fresh = await newLeader.client.post("/api/v1/one-on-ones", {
      teammateId: w.teammate.userId,
      cadence: weekly,
      firstMeetingAt: first,
      timezone: "UTC",
      durationMinutes: 30,
    });
    expect(fresh.status).toBe(201);
    expect((await newLeader.client.get(`/api/v1/meetings/${w.meetingId}`)).status).toBe(404);
    expect((await newLeader.client.get(`/api/v1/one-on-ones/${w.oneOnOneId}`)).status).toBe(404);
    expect((await w.leader.client.get(`/api/v1/meetings/${w.meetingId}`)).body.agendaItems).toHaveLength(1);
    expect((await w.teammate.client.get("/api/v1/one-on-ones")).body.oneOnOnes).toHaveLength(2);
  });

  it("hides the pair from a participant who was deactivated", async () => {
    const w = await buildPair(ctx.current);
    await w.admin.client.patch(`/api/v1/orgs/${w.orgId}/people/${w.teammate.userId}`, { status: "deactivated" });
    const api = await w.teammate.client.get(`/api/v1/meetings/${w.meetingId}`);
    expect(api.status).toBe(401);
  });
});
