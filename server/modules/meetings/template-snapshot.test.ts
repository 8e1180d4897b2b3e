import { expect, it } from "vitest";
import { buildOwner } from "../../../tests/support/factories.js";
import type { TestClient } from "../../../tests/support/http-client.js";
import { buildPair, type PairWorld } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

const v1 = [
  { key: "wins", title: "Wins", minutes: 5, prompts: ["What went well?"] },
  { key: "asks", title: "Asks", minutes: 10, prompts: [] },
];
const v2 = [{ key: "focus", title: "Focus", minutes: 20, prompts: ["One thing only"] }];

/** Creates a template with the v1 sections in a workspace; its id. */
async function createTemplate(
  client: TestClient,
  orgId: string,
  name: string,
  scope = "organization",
): Promise<string> {
  return (await client.post(`/api/v1/orgs/${orgId}/templates`, { name, scope, sections: v1 })).body.template.id;
}

/** The leader starts a weekly 30-minute peer 1:1 with the colleague (who does not report to them) on a template. */
function startWithColleague(w: PairWorld, firstMeetingAt: string, templateId: string) {
  return w.leader.client.post("/api/v1/one-on-ones", {
    teammateId: w.colleague.userId,
    kind: "peer",
    cadence: { frequency: "weekly" },
    firstMeetingAt,
    timezone: "UTC",
    durationMinutes: 30,
    templateId,
  });
}

describeEachEngine("template snapshots", (ctx) => {
  it("keeps each meeting's sections when the template changes later", async () => {
    const w = await buildPair(ctx.current);
    const template = await createTemplate(w.admin.client, w.orgId, "Team");
    const first = new Date(ctx.current.clock.now().getTime() + 24 * 3600 * 1000).toISOString();
    const oneOnOne = await startWithColleague(w, first, template);
    expect(oneOnOne.status).toBe(201);
    const meetingId = oneOnOne.body.nextMeeting.id;
    expect((await w.leader.client.get(`/api/v1/meetings/${meetingId}`)).body.sections).toEqual(v1);
    await w.admin.client.patch(`/api/v1/templates/${template}`, { sections: v2, name: "Team v2" });
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
    const template = await createTemplate(w.admin.client, w.orgId, "Team");
    const url = `/api/v1/one-on-ones/${w.oneOnOneId}`;
    // On SQLite this once waited forever: the template was looked up outside the open transaction.
    const switched = await w.leader.client.patch(url, { templateId: template });
    expect(switched.status, JSON.stringify(switched.body)).toBe(200);
    expect(switched.body.templateId).toBe(template);
    const elsewhere = await buildOwner(ctx.current, "Elsewhere");
    const foreign = await createTemplate(elsewhere.client, elsewhere.orgId, "Theirs");
    expect((await w.leader.client.patch(url, { templateId: foreign })).status).toBe(404);
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
    const foreign = await createTemplate(elsewhere.client, elsewhere.orgId, "Theirs");
    const personal = await createTemplate(w.teammate.client, w.orgId, "Mine", "personal");
    const archived = await createTemplate(w.admin.client, w.orgId, "Old");
    await w.admin.client.patch(`/api/v1/templates/${archived}`, { archived: true });
    const first = new Date(ctx.current.clock.now().getTime() + 24 * 3600 * 1000).toISOString();
    for (const templateId of [foreign, personal, archived, "no-such-template"]) {
      const res = await startWithColleague(w, first, templateId);
      expect(res.status, templateId).toBe(404);
    }
  });
});
