import { expect, it } from "vitest";
import { buildOwner } from "../../../tests/support/factories.js";
import { buildPair } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

const v1 = [
  { key: "wins", title: "Wins", minutes: 5, prompts: ["What went well?"] },
  { key: "asks", title: "Asks", minutes: 10, prompts: [] },
];
const v2 = [{ key: "focus", title: "Focus", minutes: 20, prompts: ["One thing only"] }];

describeEachEngine("template snapshots", (ctx) => {
  it("keeps each meeting's sections when the template changes later", async () => {
    const w = await buildPair(ctx.current);
    const template = await w.admin.client.post(`/api/v1/orgs/${w.orgId}/templates`, {
      name: "Team",
      scope: "organization",
      sections: v1,
    });
    const first = new Date(ctx.current.clock.now().getTime() + 24 * 3600 * 1000).toISOString();
    const oneOnOne = await w.leader.client.post("/api/v1/one-on-ones", {
      teammateId: w.colleague.userId,
      cadence: { frequency: "weekly" },
      firstMeetingAt: first,
      timezone: "UTC",
      durationMinutes: 30,
      templateId: template.body.template.id,
    });
    expect(oneOnOne.status).toBe(201);
    const meetingId = oneOnOne.body.nextMeeting.id;
    expect((await w.leader.client.get(`/api/v1/meetings/${meetingId}`)).body.sections).toEqual(v1);
    await w.admin.client.patch(`/api/v1/templates/${template.body.template.id}`, { sections: v2, name: "Team v2" });
    const unchanged = await w.leader.client.get(`/api/v1/meetings/${meetingId}`);
    expect(unchanged.body.sections).toEqual(v1);
    expect(unchanged.body.meeting.templateName).toBe("Team");
    const done = await w.leader.client.post(`/api/v1/meetings/${meetingId}/complete`, {});
    const next = await w.leader.client.get(`/api/v1/meetings/${done.body.nextMeeting.id}`);
    expect(next.body.sections).toEqual(v2);
    expect((await w.leader.client.get(`/api/v1/meetings/${meetingId}`)).body.sections).toEqual(v1);
  });

  it("switches a 1:1 to another template from the next meeting on, and back to the default", async () => {
    const w = await buildPair(ctx.current);
    const template = await w.admin.client.post(`/api/v1/orgs/${w.orgId}/templates`, {
      name: "Team",
      scope: "organization",
      sections: v1,
    });
    const url = `/api/v1/one-on-ones/${w.oneOnOneId}`;
    // On SQLite this once waited forever: the template was looked up outside the open transaction.
    const switched = await w.leader.client.patch(url, { templateId: template.body.template.id });
    expect(switched.status, JSON.stringify(switched.body)).toBe(200);
    expect(switched.body.templateId).toBe(template.body.template.id);
    const elsewhere = await buildOwner(ctx.current, "Elsewhere");
    const foreign = await elsewhere.client.post(`/api/v1/orgs/${elsewhere.orgId}/templates`, {
      name: "Theirs",
      scope: "organization",
      sections: v1,
    });
    expect((await w.leader.client.patch(url, { templateId: foreign.body.template.id })).status).toBe(404);
    const back = await w.leader.client.patch(url, { templateId: null });
    expect(back.status).toBe(200);
    expect(back.body.templateId).toBeNull();
  });

  it("shows the default template in each viewer's language", async () => {
    const w = await buildPair(ctx.current);
    await w.teammate.client.patch("/api/v1/me", { locale: "pt-BR" });
    const leaderView = await w.leader.client.get(`/api/v1/meetings/${w.meetingId}`);
    const teammateView = await w.teammate.client.get(`/api/v1/meetings/${w.meetingId}`);
    expect(leaderView.body.sections[0].title).toBe("Human check-in");
    expect(teammateView.body.sections[0].title).toBe("Check-in humano");
    expect(teammateView.body.sections.map((s: { key: string }) => s.key)).toEqual(
      leaderView.body.sections.map((s: { key: string }) => s.key),
    );
  });

  it("refuses a template from another workspace, someone else's personal one, or an archived one", async () => {
    const w = await buildPair(ctx.current);
    const elsewhere = await buildOwner(ctx.current, "Elsewhere");
    const foreign = await elsewhere.client.post(`/api/v1/orgs/${elsewhere.orgId}/templates`, {
      name: "Theirs",
      scope: "organization",
      sections: v1,
    });
    const personal = await w.teammate.client.post(`/api/v1/orgs/${w.orgId}/templates`, {
      name: "Mine",
      scope: "personal",
      sections: v1,
    });
    const archived = await w.admin.client.post(`/api/v1/orgs/${w.orgId}/templates`, {
      name: "Old",
      scope: "organization",
      sections: v1,
    });
    await w.admin.client.patch(`/api/v1/templates/${archived.body.template.id}`, { archived: true });
    const first = new Date(ctx.current.clock.now().getTime() + 24 * 3600 * 1000).toISOString();
    for (const templateId of [
      foreign.body.template.id,
      personal.body.template.id,
      archived.body.template.id,
      "no-such-template",
    ]) {
      const res = await w.leader.client.post("/api/v1/one-on-ones", {
        teammateId: w.colleague.userId,
        cadence: { frequency: "weekly" },
        firstMeetingAt: first,
        timezone: "UTC",
        durationMinutes: 30,
        templateId,
      });
      expect(res.status, templateId).toBe(404);
    }
  });
});
